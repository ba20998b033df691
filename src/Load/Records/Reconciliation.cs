using System.Text.Json.Serialization;

namespace Harness.Load.Records;

/// <summary>
/// The harness's count of 200 answers beside the receiver's own accepted count over the run
/// (from <c>/_fake/stats</c>, read before and after), the difference, and the receiver's own time.
/// </summary>
internal sealed record Reconciliation(long ReceiverAccepted, long HarnessAccepted)
{
    public long Difference => ReceiverAccepted - HarnessAccepted;

    /// <summary>
    /// The receiver's own handling time (microseconds) of the requests it answered during the run,
    /// warm-up included: its side of the latency. Null when it publishes none.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(HistogramConverter))]
    public HdrHistogram.HistogramBase? ServerTime { get; init; }

    [JsonIgnore]
    public bool Matches => Difference == 0;
}
