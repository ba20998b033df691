using System.Text.Json;
using System.Text.Json.Serialization;
using Harness.Load.Thresholds;

namespace Harness.Load.Scenarios;

/// <summary>A threshold is written as an object; read from a string (<c>"p99 &lt; 250ms"</c>) or that object.</summary>
internal sealed class ThresholdJsonConverter : JsonConverter<Threshold>
{
    public override Threshold Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return new Threshold(reader.GetString()!);
        }

        var form = JsonSerializer.Deserialize<ThresholdForm>(ref reader, options) ?? throw new JsonException("a threshold must not be null");
        return new Threshold(form.Expression, form.AbortOnFail, form.Grace);
    }

    public override void Write(Utf8JsonWriter writer, Threshold value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, new ThresholdForm { Expression = value.Expression, AbortOnFail = value.AbortOnFail, Grace = value.Grace }, options);

    /// <summary>The object form, as written.</summary>
    internal sealed record ThresholdForm
    {
        public required string Expression { get; init; }

        public bool AbortOnFail { get; init; }

        public TimeSpan Grace { get; init; }
    }
}
