using System.Globalization;
using HdrHistogram;
using Harness.Load.Scenarios;
using Harness.Reports.Documents;

namespace Harness.Reports.Thresholds;

/// <summary>
/// A threshold metric's value for a load run, in the base unit the parser normalises limits to.
/// Latencies come from the decoded HDR histograms, never from rounded or averaged figures.
/// </summary>
internal static class LoadMetrics
{
    public static double? Value(LoadRunDocument run, ThresholdMetric metric)
    {
        var m = run.Measured;
        var h = run.Latency.For(metric.Measure);
        if (metric.IsLatency && h.TotalCount == 0)
        {
            return null;
        }

        return metric.Kind switch
        {
            ThresholdMetricKind.Percentile => h.GetValueAtPercentile(metric.Percentile!.Value) / 1000.0,
            ThresholdMetricKind.Mean => h.GetMean() / 1000.0,
            ThresholdMetricKind.Min => h.GetValueAtPercentile(0) / 1000.0,
            ThresholdMetricKind.Max => h.GetMaxValue() / 1000.0,
            ThresholdMetricKind.ErrorRate => m.ErrorRate,
            ThresholdMetricKind.AchievedRate => run.AchievedRatio,
            ThresholdMetricKind.LateRate => m.Scheduled > 0 ? (double)m.Late / m.Scheduled : 0,
            ThresholdMetricKind.Throughput => m.CompletedPerSecond,
            ThresholdMetricKind.Dropped => m.Dropped,
            ThresholdMetricKind.Timeouts => m.Outcome("timeout"),
            _ => null,
        };
    }

    public static double Unexpected(LoadRunDocument run) => run.Measured.Outcome("unexpectedAnswer");

    /// <summary>A value as people read it: 12.345 ms, 0.12%, 480.5/s, 3.</summary>
    public static string Format(ThresholdMetric? metric, double value)
    {
        var c = CultureInfo.InvariantCulture;
        if (metric is null)
        {
            return value.ToString("0", c);
        }

        if (metric.IsLatency)
        {
            return value.ToString("0.###", c) + " ms";
        }

        if (metric.IsRatio)
        {
            return (value * 100).ToString("0.###", c) + "%";
        }

        return metric.Kind == ThresholdMetricKind.Throughput ? value.ToString("0.##", c) + "/s" : value.ToString("0", c);
    }
}
