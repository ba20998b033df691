using HdrHistogram;
using Harness.Load.Measurement;
using Harness.Load.Records;
using Harness.Load.Scenarios;

namespace Harness.Load.Thresholds;

/// <summary>
/// The one metric vocabulary: what thresholds, abortOnFail, the gate, baselines and the reports call a
/// metric, its unit, and how its value is read from a run's totals. Latencies come from the HDR
/// histograms, never from rounded or averaged figures.
/// </summary>
internal static class MetricTable
{
    public static IReadOnlyList<MetricDefinition> Rows { get; } =
    [
        new(ThresholdMetricKind.Percentile, "p<N>", [], MetricUnit.Milliseconds, true, (m, t, _) => Latency(m, t, h => h.GetValueAtPercentile(m.Percentile!.Value))),
        new(ThresholdMetricKind.Mean, "mean", ["avg"], MetricUnit.Milliseconds, true, (m, t, _) => Latency(m, t, h => h.GetMean())),
        new(ThresholdMetricKind.Min, "min", [], MetricUnit.Milliseconds, true, (m, t, _) => Latency(m, t, h => h.GetValueAtPercentile(0))),
        new(ThresholdMetricKind.Max, "max", [], MetricUnit.Milliseconds, true, (m, t, _) => Latency(m, t, h => h.GetMaxValue())),
        new(ThresholdMetricKind.ErrorRate, "error_rate", [], MetricUnit.Ratio, true, (_, t, _) => t.ErrorRate),
        new(ThresholdMetricKind.AchievedRate, "achieved_rate", [], MetricUnit.Ratio, false, (_, _, achieved) => achieved),
        new(ThresholdMetricKind.LateRate, "late_rate", [], MetricUnit.Ratio, true, (_, t, _) => t.Scheduled > 0 ? (double)t.Late / t.Scheduled : 0),
        new(ThresholdMetricKind.Throughput, "rps", ["throughput"], MetricUnit.PerSecond, false, (_, t, _) => t.CompletedPerSecond),
        new(ThresholdMetricKind.Dropped, "dropped", [], MetricUnit.Count, true, (_, t, _) => t.Dropped),
        new(ThresholdMetricKind.Timeouts, "timeouts", [], MetricUnit.Count, true, (_, t, _) => t.Count(OutcomeKind.Timeout)),
        new(ThresholdMetricKind.Unexpected, "unexpected", [], MetricUnit.Count, true, (_, t, _) => t.Count(OutcomeKind.UnexpectedAnswer)),
    ];

    /// <summary>Names offered in hints and documentation.</summary>
    public static IReadOnlyList<string> Suggestions { get; } =
        ["p50", "p90", "p95", "p99", "p99.9", .. Rows.Where(r => r.Kind != ThresholdMetricKind.Percentile).Select(r => r.Name)];

    private static readonly Dictionary<string, MetricDefinition> ByName =
        Rows.Where(r => r.Kind != ThresholdMetricKind.Percentile)
            .SelectMany(r => r.Aliases.Prepend(r.Name).Select(name => (name, r)))
            .ToDictionary(p => p.name, p => p.r, StringComparer.Ordinal);

    public static MetricDefinition Of(ThresholdMetricKind kind) => Rows.First(r => r.Kind == kind);

    /// <summary>The row named (or aliased) <paramref name="name"/>; percentiles (<c>p99</c>) are read by the threshold parser.</summary>
    public static MetricDefinition? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>The metric's value over <paramref name="totals"/>, in its base unit; null when there is nothing to judge.</summary>
    /// <param name="metric">The metric as parsed.</param>
    /// <param name="totals">The measured totals (so far, during a run).</param>
    /// <param name="achievedRatio">Sent over planned arrivals in the open phases; null without a target rate.</param>
    public static double? Value(ThresholdMetric metric, LoadTotals totals, double? achievedRatio) => metric.Definition.Extract(metric, totals, achievedRatio);

    // Microseconds in the histogram, milliseconds out; no latency recorded is nothing to judge.
    private static double? Latency(ThresholdMetric metric, LoadTotals totals, Func<HistogramBase, double> read)
    {
        var h = metric.Measure == LatencyMeasure.Service ? totals.ServiceTime : totals.ResponseTime;
        return h.TotalCount == 0 ? null : read(h) / 1000.0;
    }
}
