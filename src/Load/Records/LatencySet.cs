using System.Text.Json.Serialization;
using HdrHistogram;

namespace Harness.Load.Records;

/// <summary>A totals' latency histograms (microseconds), each written with its percentiles and its HDR encoding.</summary>
internal sealed record LatencySet(
    [property: JsonConverter(typeof(HistogramConverter))] HistogramBase ResponseTime,
    [property: JsonConverter(typeof(HistogramConverter))] HistogramBase ServiceTime,
    [property: JsonConverter(typeof(HistogramConverter))] HistogramBase SchedulerLag,
    HistogramBase? FailedTime = null)
{
    /// <summary>Requests that got no answer, from the intended send to the failure (absent in runs written before it was recorded).</summary>
    [JsonConverter(typeof(HistogramConverter))]
    public HistogramBase FailedTime { get; init; } = FailedTime ?? Measurement.LatencyHistograms.Create();
}
