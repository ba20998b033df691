using System.Text.Json;
using System.Text.Json.Serialization;
using Harness.Contract.Text;

namespace Harness.Load.Scenarios;

/// <summary>Durations in scenario files are text in the one duration syntax (<c>"30s"</c>, <c>"1m30s"</c>).</summary>
internal sealed class DurationJsonConverter : JsonConverter<TimeSpan>
{
    public override TimeSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("a duration must be a string such as \"30s\"");
        }

        return DurationText.TryParse(reader.GetString(), out var value, out var error) ? value : throw new JsonException(error);
    }

    public override void Write(Utf8JsonWriter writer, TimeSpan value, JsonSerializerOptions options) =>
        writer.WriteStringValue(DurationText.Format(value));
}
