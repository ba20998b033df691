using System.Buffers;
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
    private static readonly byte[][] QuotedNames = [.. AlarmFields.All.Select(f => JsonText.Utf8(JsonText.Quote(f.Name)))];

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_writer;

    // Per field, in table order: string (String), long (Integer), tag array (Object), or null when absent.
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

    /// <summary>A copy with one string field set (null leaves it out).</summary>
    public GeneratedAlarm WithText(FieldRule field, string? text) => With(field, JsonKind.String, text);

    /// <summary>A copy with one integer field set.</summary>
    public GeneratedAlarm WithInteger(FieldRule field, long value) => With(field, JsonKind.Integer, value);

    /// <summary>A copy with a new trace (a stream event derived from this alarm).</summary>
    public GeneratedAlarm Retrace(int seed, long index) => new(seed, index, _values);

    /// <summary>The body as JSON text, fields in table order.</summary>
    public string ToJson() => Encoding.UTF8.GetString(ToUtf8());

    /// <summary>The body as UTF-8 bytes, fields in table order.</summary>
    public byte[] ToUtf8()
    {
        var writer = t_writer ??= new ArrayBufferWriter<byte>(1024);
        writer.ResetWrittenCount();
        WriteTo(writer);
        return writer.WrittenSpan.ToArray();
    }

    /// <summary>Writes the body as UTF-8 JSON.</summary>
    public void WriteTo(ArrayBufferWriter<byte> writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("{"u8);
        var first = true;
        for (var i = 0; i < _values.Length; i++)
        {
            if (_values[i] is not { } value)
            {
                continue;
            }

            if (!first)
            {
                writer.Write(","u8);
            }

            first = false;
            writer.Write(QuotedNames[i]);
            writer.Write(":"u8);
            switch (AlarmFields.All[i].Kind)
            {
                case JsonKind.String:
                    Utf8JsonText.Quoted(writer, (string)value);
                    break;
                case JsonKind.Integer:
                    Utf8JsonText.Number(writer, (long)value);
                    break;
                default:
                    WriteTags(writer, (KeyValuePair<string, string>[])value);
                    break;
            }
        }

        writer.Write("}"u8);
    }

    private static void WriteTags(ArrayBufferWriter<byte> writer, KeyValuePair<string, string>[] tags)
    {
        writer.Write("{"u8);
        for (var t = 0; t < tags.Length; t++)
        {
            if (t > 0)
            {
                writer.Write(","u8);
            }

            Utf8JsonText.Quoted(writer, tags[t].Key);
            writer.Write(":"u8);
            Utf8JsonText.Quoted(writer, tags[t].Value);
        }

        writer.Write("}"u8);
    }

    private GeneratedAlarm With(FieldRule field, JsonKind kind, object? value)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (field.Kind != kind)
        {
            throw new ArgumentException($"'{field.Name}' is a {field.Kind} field, not {kind}.", nameof(field));
        }

        var copy = (object?[])_values.Clone();
        copy[AlarmFields.IndexOf(field)] = value;
        return new GeneratedAlarm(Seed, Index, copy);
    }
}
