using System.Globalization;
using System.Text.Json;

namespace Harness.Load.Scenarios;

/// <summary>
/// Reads one JSON object of a scenario: reports unknown and duplicate properties (with a
/// did-you-mean hint), then hands out typed values, reporting wrong types and missing required
/// properties with their paths. Never throws; a bad value reads as null.
/// </summary>
internal sealed class JsonObjectReader
{
    private readonly Dictionary<string, JsonElement> _properties = new(StringComparer.Ordinal);
    private readonly ProblemList _problems;
    private readonly bool _isObject;

    internal JsonObjectReader(JsonElement element, string path, ProblemList problems, IReadOnlyList<string> known,
                              Func<string, string?>? elsewhereHint = null)
    {
        Path = path;
        _problems = problems;
        _isObject = element.ValueKind == JsonValueKind.Object;
        if (!_isObject)
        {
            problems.Add(path, $"must be an object, got {JsonKinds.Describe(element)}");
            return;
        }
        foreach (var property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name, StringComparer.Ordinal))
            {
                problems.Add(PathOf(property.Name), "unknown property",
                    NearMiss.Hint(property.Name, known) ?? elsewhereHint?.Invoke(property.Name) ?? "allowed: " + string.Join(", ", known));
            }
            else if (!_properties.TryAdd(property.Name, property.Value))
            {
                problems.Add(PathOf(property.Name), "appears more than once");
            }
        }
    }

    internal string Path { get; }

    internal string PathOf(string name) => $"{Path}.{name}";

    internal bool Has(string name) => _properties.ContainsKey(name);

    internal JsonElement? Element(string name, bool required = false)
    {
        if (_properties.TryGetValue(name, out var value))
        {
            return value;
        }
        if (required && _isObject)
        {
            _problems.Add(PathOf(name), "is required");
        }
        return null;
    }

    internal string? String(string name, bool required = false)
    {
        if (Element(name, required) is not { } value)
        {
            return null;
        }
        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }
        _problems.Add(PathOf(name), $"must be a string, got {JsonKinds.Describe(value)}");
        return null;
    }

    internal double? Number(string name, bool required = false)
    {
        if (Element(name, required) is not { } value)
        {
            return null;
        }
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number))
        {
            return number;
        }
        var hint = value.ValueKind == JsonValueKind.String
                   && double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            ? "remove the quotes" : null;
        _problems.Add(PathOf(name), $"must be a number, got {JsonKinds.Describe(value)}", hint);
        return null;
    }

    internal long? Whole(string name, bool required = false)
    {
        var number = Number(name, required);
        if (number is not { } value)
        {
            return null;
        }
        if (value != Math.Floor(value) || value is > long.MaxValue or < long.MinValue)
        {
            _problems.Add(PathOf(name), $"must be a whole number, got {ProblemList.Text(value)}");
            return null;
        }
        return (long)value;
    }

    internal int? Int(string name, bool required = false)
    {
        var whole = Whole(name, required);
        if (whole is { } value && value is > int.MaxValue or < int.MinValue)
        {
            _problems.Add(PathOf(name), $"is too large: {value}");
            return null;
        }
        return (int?)whole;
    }

    internal bool? Bool(string name)
    {
        if (Element(name) is not { } value)
        {
            return null;
        }
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }
        _problems.Add(PathOf(name), $"must be true or false, got {JsonKinds.Describe(value)}");
        return null;
    }

    internal TimeSpan? Duration(string name, bool required = false)
    {
        if (Element(name, required) is not { } value)
        {
            return null;
        }
        if (value.ValueKind == JsonValueKind.Number)
        {
            _problems.Add(PathOf(name), "must be a duration string", $"write \"{value.GetRawText()}s\" or \"{value.GetRawText()}ms\"");
            return null;
        }
        var text = String(name);
        if (text is null)
        {
            return null;
        }
        if (DurationText.TryParse(text, out var duration, out var error))
        {
            return duration;
        }
        _problems.Add(PathOf(name), error, "e.g. \"30s\", \"2m\", \"500ms\", \"1h\", \"1m30s\"");
        return null;
    }

    internal T? Choice<T>(string name, IReadOnlyDictionary<string, T> spellings, bool required = false)
        where T : struct
    {
        var text = String(name, required);
        if (text is null)
        {
            return null;
        }
        if (spellings.TryGetValue(text, out var value))
        {
            return value;
        }
        var allowed = string.Join(", ", spellings.Keys.Select(k => $"\"{k}\""));
        _problems.Add(PathOf(name), $"'{text}' is not one of {allowed}", NearMiss.Hint(text, spellings.Keys));
        return null;
    }
}
