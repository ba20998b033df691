using System.Text;
using Harness.Contract.Fields;
using Harness.Generators.Json;

namespace Harness.Generators.Valid;

/// <summary>
/// One alarm made by <see cref="AlarmFaker"/>: a value per field of the table (absent fields have
/// none), traceable to the (seed, index) that produced it.
/// </summary>
public sealed class GeneratedAlarm
{
    // Per field, in table order: string (String), long (Integer), tag list (Object), or null when absent.
    private readonly object?[] _values;

    internal GeneratedAlarm(int seed, long index, object?[] values)
    {
        Seed = seed;
        Index = index;
        _values = values;
    }

    /// <summary>The seed of the faker that made the alarm.</summary>
    public int Seed { get; }

    /// <summary>The alarm's index under that seed.</summary>
    public long Index { get; }

    /// <summary>The <c>alarmId</c>.</summary>
    public string AlarmId => Text(AlarmFields.AlarmId) ?? string.Empty;

    /// <summary>The <c>time</c>, epoch milliseconds.</summary>
    public long Time => Integer(AlarmFields.Time) ?? 0;

    /// <summary>True when <c>alarmStatus</c> is <c>ok</c>.</summary>
    public bool IsRecovery => Text(AlarmFields.AlarmStatus) == AlarmStatuses.Ok;

    /// <summary>The text of a string field, or null when the alarm leaves it out.</summary>
    public string? Text(FieldRule field) => _values[AlarmFields.IndexOf(field)] as string;

    /// <summary>The value of an integer field, or null when absent.</summary>
    public long? Integer(FieldRule field) => _values[AlarmFields.IndexOf(field)] as long?;

    /// <summary>The tags of an object field, or null when absent.</summary>
    public IReadOnlyList<KeyValuePair<string, string>>? Tags(FieldRule field) =>
        _values[AlarmFields.IndexOf(field)] as IReadOnlyList<KeyValuePair<string, string>>;

    /// <summary>A copy with one string field set (null leaves it out).</summary>
    public GeneratedAlarm WithText(FieldRule field, string? text) => With(field, text);

    /// <summary>A copy with one integer field set.</summary>
    public GeneratedAlarm WithInteger(FieldRule field, long value) => With(field, value);

    /// <summary>A copy with a new trace (a stream event derived from this alarm).</summary>
    public GeneratedAlarm Retrace(int seed, long index) => new(seed, index, _values);

    /// <summary>The body as JSON text, fields in table order.</summary>
    public string ToJson()
    {
        var builder = new StringBuilder(512);
        builder.Append('{');
        var first = true;
        for (var i = 0; i < _values.Length; i++)
        {
            if (_values[i] is not { } value)
            {
                continue;
            }

            if (!first)
            {
                builder.Append(',');
            }

            first = false;
            JsonText.AppendQuoted(builder, AlarmFields.All[i].Name);
            builder.Append(':');
            AppendValue(builder, value);
        }

        return builder.Append('}').ToString();
    }

    /// <summary>The body as UTF-8 bytes.</summary>
    public byte[] ToUtf8() => JsonText.Utf8(ToJson());

    private GeneratedAlarm With(FieldRule field, object? value)
    {
        var copy = (object?[])_values.Clone();
        copy[AlarmFields.IndexOf(field)] = value;
        return new GeneratedAlarm(Seed, Index, copy);
    }

    private static void AppendValue(StringBuilder builder, object value)
    {
        switch (value)
        {
            case string text:
                JsonText.AppendQuoted(builder, text);
                break;
            case long number:
                builder.Append(JsonText.Number(number));
                break;
            case IReadOnlyList<KeyValuePair<string, string>> tags:
                builder.Append('{');
                for (var t = 0; t < tags.Count; t++)
                {
                    if (t > 0)
                    {
                        builder.Append(',');
                    }

                    JsonText.AppendQuoted(builder, tags[t].Key);
                    builder.Append(':');
                    JsonText.AppendQuoted(builder, tags[t].Value);
                }

                builder.Append('}');
                break;
            default:
                throw new InvalidOperationException($"Unexpected alarm value of type {value.GetType().Name}.");
        }
    }
}
