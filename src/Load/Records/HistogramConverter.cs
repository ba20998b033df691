using System.Text.Json;
using System.Text.Json.Serialization;
using HdrHistogram;
using Harness.Load.Measurement;

namespace Harness.Load.Records;

/// <summary>
/// A microsecond histogram in run.json: the percentiles people read (milliseconds) and the HDR encoding
/// every figure is read back from (so runs and shards add and compare without loss).
/// </summary>
internal sealed class HistogramConverter : JsonConverter<HistogramBase>
{
    public override HistogramBase Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? hdr = null;
        using var element = JsonDocument.ParseValue(ref reader);
        if (element.RootElement.ValueKind == JsonValueKind.Object && element.RootElement.TryGetProperty("hdr", out var text) && text.ValueKind == JsonValueKind.String)
        {
            hdr = text.GetString();
        }

        var decoded = HistogramCodec.Decode(hdr ?? throw new JsonException("a histogram needs its \"hdr\" encoding"));
        CheckCounts(decoded);
        var histogram = LatencyHistograms.Create();
        histogram.Add(decoded);
        return histogram;
    }

    // An encoding can carry any count: a negative one, or more than any run sends, would turn every percentile
    // (and a merge's sums) into nonsense. Every bucket is visited (AllValues walks the array, not the total).
    private static void CheckCounts(HistogramBase decoded)
    {
        long total = 0;
        foreach (var step in decoded.AllValues())
        {
            var count = step.CountAddedInThisIterationStep;
            if (count < 0 || count > LoadTotalsCheck.MaxCount - total)
            {
                throw new JsonException($"the \"hdr\" encoding holds {(count < 0 ? "a negative count" : $"more than {LoadTotalsCheck.MaxCount} values")}");
            }

            total += count;
        }
    }

    public override void Write(Utf8JsonWriter writer, HistogramBase value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("unit", "microseconds");
        writer.WriteNumber("count", value.TotalCount);
        foreach (var p in LatencyPercentiles.Shown)
        {
            writer.WriteNumber(LatencyPercentiles.Label(p) + "Ms", LatencyPercentiles.Ms(value, p));
        }

        writer.WriteNumber("maxMs", LatencyPercentiles.MaxMs(value));
        writer.WriteNumber("meanMs", value.TotalCount == 0 ? 0 : Math.Round(value.GetMean() / 1000.0, 3));
        writer.WriteString("hdr", HistogramCodec.Encode(value));
        writer.WriteEndObject();
    }
}
