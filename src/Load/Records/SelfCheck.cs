using System.Text.Json.Serialization;
using HdrHistogram;

namespace Harness.Load.Records;

/// <summary>
/// Whether the load generator itself was the bottleneck. When it was, the run's numbers understate
/// what the target can do, and every output says so. It also reports its own dispatch lag (how late
/// the dispatcher reached each intended start), the error it adds to every response time.
/// </summary>
public sealed record SelfCheck(
    bool Understated,
    [property: JsonConverter(typeof(Rounded4Converter))] double CpuSaturatedShare,
    double SchedulerLagP99Ms,
    [property: JsonPropertyOrder(1)] IReadOnlyList<string> Reasons)
{
    /// <summary>Dispatch lag (p99) beyond which the schedule was not kept.</summary>
    public const double LagBoundMs = 20;

    /// <summary>Share of intervals with every core busy beyond which the generator was saturated.</summary>
    public const double SaturatedShareBound = 0.25;

    /// <summary>Dispatch lag percentiles in milliseconds (p50, p90, p99, p99.9, max); empty when nothing was dispatched on a schedule.</summary>
    public IReadOnlyDictionary<string, double> SchedulerLagMs { get; init => field = value ?? new Dictionary<string, double>(); } = new Dictionary<string, double>();

    public static SelfCheck From(double cpuSaturatedShare, double lagP99Ms)
    {
        var reasons = new List<string>();
        if (cpuSaturatedShare >= SaturatedShareBound)
        {
            reasons.Add($"this process used over 90% of every core in {cpuSaturatedShare:P0} of the intervals");
        }

        if (lagP99Ms > LagBoundMs)
        {
            reasons.Add($"the scheduler woke up late: p99 lag {lagP99Ms:0.##} ms (bound {LagBoundMs} ms)");
        }

        return new SelfCheck(reasons.Count > 0, cpuSaturatedShare, lagP99Ms, reasons);
    }

    /// <summary>The check from the CPU share and the whole dispatch-lag histogram (microseconds).</summary>
    public static SelfCheck From(double cpuSaturatedShare, HistogramBase lag)
    {
        ArgumentNullException.ThrowIfNull(lag);
        var percentiles = new Dictionary<string, double>(StringComparer.Ordinal);
        if (lag.TotalCount > 0)
        {
            foreach (var p in new[] { 50, 90, 99, 99.9 })
            {
                percentiles[LatencyPercentiles.Label(p)] = LatencyPercentiles.Ms(lag, p);
            }

            percentiles["max"] = LatencyPercentiles.MaxMs(lag);
        }

        return From(cpuSaturatedShare, LatencyPercentiles.Ms(lag, 99)) with { SchedulerLagMs = percentiles };
    }
}
