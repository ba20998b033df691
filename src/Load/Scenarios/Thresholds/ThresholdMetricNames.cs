namespace Harness.Load.Scenarios;

/// <summary>Spellings of the metric names (besides <c>p&lt;N&gt;</c>).</summary>
internal static class ThresholdMetricNames
{
    internal static readonly IReadOnlyDictionary<string, ThresholdMetricKind> ByName =
        new Dictionary<string, ThresholdMetricKind>(StringComparer.Ordinal)
        {
            ["mean"] = ThresholdMetricKind.Mean,
            ["avg"] = ThresholdMetricKind.Mean,
            ["min"] = ThresholdMetricKind.Min,
            ["max"] = ThresholdMetricKind.Max,
            ["error_rate"] = ThresholdMetricKind.ErrorRate,
            ["achieved_rate"] = ThresholdMetricKind.AchievedRate,
            ["late_rate"] = ThresholdMetricKind.LateRate,
            ["rps"] = ThresholdMetricKind.Throughput,
            ["dropped"] = ThresholdMetricKind.Dropped,
            ["timeouts"] = ThresholdMetricKind.Timeouts,
            ["unexpected"] = ThresholdMetricKind.Unexpected,
        };

    /// <summary>Names offered in hints and documentation.</summary>
    internal static readonly IReadOnlyList<string> Suggestions =
        ["p50", "p90", "p95", "p99", "p99.9", "mean", "min", "max", "error_rate", "achieved_rate", "late_rate", "rps", "dropped", "timeouts", "unexpected"];

    internal static string NameOf(ThresholdMetricKind kind) => kind switch
    {
        ThresholdMetricKind.Mean => "mean",
        ThresholdMetricKind.Min => "min",
        ThresholdMetricKind.Max => "max",
        ThresholdMetricKind.ErrorRate => "error_rate",
        ThresholdMetricKind.AchievedRate => "achieved_rate",
        ThresholdMetricKind.LateRate => "late_rate",
        ThresholdMetricKind.Throughput => "rps",
        ThresholdMetricKind.Dropped => "dropped",
        ThresholdMetricKind.Timeouts => "timeouts",
        ThresholdMetricKind.Unexpected => "unexpected",
        _ => kind.ToString(),
    };
}
