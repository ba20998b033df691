using Harness.Reports.Baselines;
using Harness.Reports.Documents;
using Harness.Reports.Thresholds;

namespace Harness.Reports.Gate;

/// <summary>What the gate concluded about a run: each condition, each compared metric, and run-level problems.</summary>
internal sealed record GateReport(
    RunDocument Run,
    IReadOnlyList<ConditionOutcome> Conditions,
    IReadOnlyList<RegressionRow> Regressions,
    IReadOnlyList<string> Problems,
    string? BaselineDirectory)
{
    public bool Passed =>
        Problems.Count == 0
        && Conditions.All(c => c.Verdict != ConditionVerdict.Fail)
        && Regressions.All(r => r.Verdict != RegressionVerdict.Fail);
}
