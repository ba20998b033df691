using Harness.Load.Scenarios;
using Harness.Load.Thresholds;

namespace Harness.Reports.Baselines;

/// <summary>
/// How far a metric may move the wrong way against the baseline: <see cref="MaxPercent"/> relative
/// change for latencies and throughput; percentage points for ratios (error_rate, late_rate).
/// </summary>
internal sealed record RegressionLimit(string Key, ThresholdMetric Metric, double MaxPercent);
