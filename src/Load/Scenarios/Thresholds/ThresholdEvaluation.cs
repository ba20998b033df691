using System.Globalization;
using HdrHistogram;

namespace Harness.Load.Scenarios;

/// <summary>
/// A threshold metric's value over an observation, in the base unit the parser normalises limits to
/// (<see cref="ThresholdQuantity.Normalized"/>). Latencies come from the HDR histograms, never from
/// rounded or averaged figures. The one evaluator: the gate and the engine's abortOnFail both use it.
/// </summary>
public static class ThresholdEvaluation
{
    /// <summary>The value, or null when there is nothing to judge (no latency recorded, no target rate).</summary>
    public static double? Value(ThresholdMetric metric, ThresholdObservation observed)
    {
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(observed);
        var h = observed.Latency(metric.Measure);
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
            ThresholdMetricKind.ErrorRate => ErrorRate(observed),
            ThresholdMetricKind.AchievedRate => observed.AchievedRatio,
            ThresholdMetricKind.LateRate => observed.Scheduled > 0 ? (double)observed.Late / observed.Scheduled : 0,
            ThresholdMetricKind.Throughput => observed.CompletedPerSecond,
            ThresholdMetricKind.Dropped => observed.Dropped,
            ThresholdMetricKind.Timeouts => observed.Timeouts,
            ThresholdMetricKind.Unexpected => observed.Unexpected,
            _ => null,
        };
    }

    /// <summary>
    /// Judges <paramref name="expression"/>: the value (null when not applicable) and whether it passes
    /// (a threshold with nothing to judge neither passes nor fails: <paramref name="passed"/> is null).
    /// </summary>
    public static double? Evaluate(ThresholdExpression expression, ThresholdObservation observed, out bool? passed)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var value = Value(expression.Metric, observed);
        passed = value is { } v ? expression.IsSatisfiedBy(v) : null;
        return value;
    }

    /// <summary>A value as people read it: 12.345 ms, 0.12%, 480.5/s, 3.</summary>
    public static string Format(ThresholdMetric metric, double value)
    {
        ArgumentNullException.ThrowIfNull(metric);
        var c = CultureInfo.InvariantCulture;
        return metric.IsLatency ? value.ToString("0.###", c) + " ms"
            : metric.IsRatio ? (value * 100).ToString("0.###", c) + "%"
            : metric.Kind == ThresholdMetricKind.Throughput ? value.ToString("0.##", c) + "/s"
            : value.ToString("0", c);
    }

    // Errors over the requests sent and not cancelled by the harness itself.
    private static double ErrorRate(ThresholdObservation o)
    {
        var settled = o.Sent - o.Cancelled;
        return settled <= 0 ? 0 : (double)(o.Unexpected + o.Timeouts + o.ConnectionErrors) / settled;
    }
}
