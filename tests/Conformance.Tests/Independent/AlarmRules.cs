using System.Globalization;
using System.Text.Json;

namespace Harness.Conformance.Tests.Independent;

/// <summary>
/// The spec's Table 2 as an independent receiver reads it: Bean-Validation-style messages
/// ("alarmName: size must be between 1 and 255"), every violation listed, Jackson-style coercion
/// when the style asks for it. Shares nothing with the project's validator.
/// </summary>
internal static class AlarmRules
{
    private static readonly string[] Required = ["alarmId", "alarmName", "alarmLevel", "nameSpace", "applicationId", "alarmDesc", "alarmSource"];
    private static readonly string[] Optional = ["regionId", "resourceName", "resourceId", "URL", "alarmStatus"];
    private static readonly string[] Levels = ["Critical", "Major", "Minor", "Info"];
    private static readonly string[] Statuses = ["alarm", "ok"];

    public static List<string> Check(byte[] body, ReceiverStyle style)
    {
        try
        {
            return CheckJson(body, style);
        }
        catch (InvalidOperationException ex)
        {
            // Strings with bytes that are not UTF-8 cannot be read: Jackson's "Invalid UTF-8 middle byte".
            return [$"JSON parse error: {ex.Message}"];
        }
    }

    private static List<string> CheckJson(byte[] body, ReceiverStyle style)
    {
        var bytes = body.AsMemory();
        if (bytes.Span.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            bytes = bytes[3..];
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = style.MaxDepth });
        }
        catch (JsonException ex)
        {
            return [$"JSON parse error: {ex.Message}"];
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return ["JSON parse error: the body must be an object"];
            }

            // Duplicate names: the last one wins, as Jackson binds them.
            var members = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var member in document.RootElement.EnumerateObject())
            {
                members[member.Name] = member.Value;
            }

            var problems = new List<string>();
            foreach (var name in Required.Concat(Optional))
            {
                CheckText(name, Required.Contains(name), members, style, problems);
            }

            CheckTime(members, style, problems);
            if (members.TryGetValue("additional", out var additional) && additional.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
            {
                problems.Add("additional: cannot deserialize a Map from this value");
            }

            return problems;
        }
    }

    private static void CheckText(string name, bool required, Dictionary<string, JsonElement> members, ReceiverStyle style, List<string> problems)
    {
        if (!members.TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                problems.Add($"{name}: must not be null");
            }

            return;
        }

        string? text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False when style.CoerceTypes => value.GetRawText(),
            _ => null,
        };
        if (text is null)
        {
            problems.Add($"{name}: cannot deserialize a String from {value.ValueKind}");
            return;
        }

        if (text.Length > 255 || (required && text.Length == 0))
        {
            problems.Add($"{name}: size must be between {(required ? 1 : 0)} and 255");
            return;
        }

        if (required && style.NotBlank && text.Trim().Length == 0)
        {
            problems.Add($"{name}: must not be blank");
            return;
        }

        var allowed = name == "alarmLevel" ? Levels : name == "alarmStatus" ? Statuses : null;
        var comparison = style.CaseInsensitiveEnums ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (allowed is not null && text.Length > 0 && !allowed.Any(a => a.Equals(text, comparison)))
        {
            problems.Add($"{name}: must match one of {string.Join("|", allowed)}");
        }
    }

    private static void CheckTime(Dictionary<string, JsonElement> members, ReceiverStyle style, List<string> problems)
    {
        if (!members.TryGetValue("time", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            problems.Add("time: must not be null");
            return;
        }

        long? time = value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt64(out var whole) => whole,
            // Jackson truncates a float into a long (ACCEPT_FLOAT_AS_INT) and refuses one past the range.
            JsonValueKind.Number when style.CoerceTypes && double.TryParse(value.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture, out var real)
                && Math.Truncate(real) is var cut && cut >= long.MinValue && cut < 9.2233720368547758E18 => (long)cut,
            JsonValueKind.String when style.CoerceTypes && long.TryParse(value.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };
        if (time is null)
        {
            problems.Add("time: cannot deserialize a Long from this value");
        }
        else if (time < 1)
        {
            problems.Add("time: must be greater than or equal to 1");
        }
    }
}
