using System.Text.Json;
using System.Text.Json.Serialization;

namespace Harness.Load.Records;

/// <summary>A time span as seconds (a number), as run.json spells every duration.</summary>
internal class SecondsConverter(int? digits) : JsonConverter<TimeSpan>
{
    public SecondsConverter()
        : this(null)
    {
    }

    public override TimeSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDouble() is var seconds && double.IsFinite(seconds) && seconds >= 0 && seconds < TimeSpan.MaxValue.TotalSeconds
            ? TimeSpan.FromSeconds(seconds) : throw new JsonException($"{seconds} is not a time in seconds");

    public override void Write(Utf8JsonWriter writer, TimeSpan value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(digits is { } d ? Math.Round(value.TotalSeconds, d) : value.TotalSeconds);
}

/// <summary>A measured time, written to the millisecond.</summary>
internal sealed class RoundedSecondsConverter() : SecondsConverter(3);
