using System.Globalization;

namespace Harness.Load.Thresholds;

/// <summary>The left side of a threshold: a metric, with a percentile and a latency measure when it is a latency.</summary>
/// <param name="Kind">What is measured.</param>
/// <param name="Measure">Response or service time (latency metrics only; Response otherwise).</param>
/// <param name="Percentile">0 &lt; p &lt;= 100 for <see cref="ThresholdMetricKind.Percentile"/>, else null.</param>
internal sealed record ThresholdMetric(ThresholdMetricKind Kind, LatencyMeasure Measure = LatencyMeasure.Response, double? Percentile = null)
{
    /// <summary>The metric's row of the one metric table: its names, unit, extractor and formatter.</summary>
    public MetricDefinition Definition => MetricTable.Of(Kind);

    /// <summary>True for percentile, mean, min and max: compared in milliseconds.</summary>
    public bool IsLatency => Definition.Unit == MetricUnit.Milliseconds;

    /// <summary>True for the ratio metrics (error_rate, achieved_rate, late_rate).</summary>
    public bool IsRatio => Definition.Unit == MetricUnit.Ratio;

    /// <summary>Canonical spelling, e.g. <c>service.p99.9</c> or <c>error_rate</c>.</summary>
    public override string ToString()
    {
        var prefix = IsLatency && Measure == LatencyMeasure.Service ? "service." : "";
        return prefix + Kind switch
        {
            ThresholdMetricKind.Percentile => "p" + Percentile!.Value.ToString(CultureInfo.InvariantCulture),
            _ => Definition.Name,
        };
    }
}
