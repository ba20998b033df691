using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Harness.Load.Records;

/// <summary>A moment as UTC round-trip text (<c>2026-01-02T03:04:05.0000000Z</c>).</summary>
internal class UtcTimestampConverter(string format) : JsonConverter<DateTimeOffset>
{
    public UtcTimestampConverter()
        : this("O")
    {
    }

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DateTimeOffset.Parse(reader.GetString() ?? "", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToUniversalTime();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString(format, CultureInfo.InvariantCulture));
}

/// <summary>A moment as UTC text to the millisecond (<c>2026-01-02T03:04:05.000Z</c>), as <c>--start-at</c> and run ids spell it.</summary>
internal sealed class MillisecondTimestampConverter() : UtcTimestampConverter(Sharding.StartTime.TextFormat);
