namespace Harness.Reports.Baselines;

/// <summary>One row of the side-by-side table: a metric in the baseline and in the run, the change, and the verdict.</summary>
internal sealed record RegressionRow(string Metric, string Baseline, string Run, string Delta, string Limit, RegressionVerdict Verdict);

/// <summary>A compared metric either stays within its limit, regresses beyond it, or is shown for information (no limit).</summary>
internal enum RegressionVerdict
{
    Pass,
    Fail,
    Info,
}
