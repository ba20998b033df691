using System.Text.Json;
using System.Text.Json.Serialization;

namespace Harness.Load.Records;

/// <summary>A figure written to a thousandth (rates, seconds): more digits would only be noise.</summary>
internal class RoundedConverter(int digits) : JsonConverter<double>
{
    public RoundedConverter()
        : this(3)
    {
    }

    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDouble();

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options) => writer.WriteNumberValue(Math.Round(value, digits));
}

/// <summary>A share written to four decimals.</summary>
internal sealed class Rounded4Converter() : RoundedConverter(4);
