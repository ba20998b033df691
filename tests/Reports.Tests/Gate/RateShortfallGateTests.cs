using Harness.Load.Records;
using Harness.Load.Running;
using Harness.Reports.Documents;
using Harness.Reports.Gate;
using Harness.Reports.Thresholds;
using Harness.Reports.Tests.Support;

namespace Harness.Reports.Tests.Gate;

/// <summary>
/// A run whose target could not keep up (most starts dropped, never sent) against a scenario that only
/// judges error_rate: before, harness load exited 0 and the gate passed it with a note, because dropped
/// requests are neither errors nor latencies (nginx in front of a 47/s upstream, asked for 200/s).
/// </summary>
public sealed class RateShortfallGateTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    // 300 answered, 700 dropped: sent 30% of the planned arrivals.
    private string BelowTarget(params string[] thresholds) =>
        SyntheticRun.Write(Path.Combine(_temp.Path, Guid.NewGuid().ToString("N")[..8]), SyntheticRun.Ramp(300), dropped: 700, thresholds: thresholds);

    [Fact]
    public void Decide_BelowTargetWithNoRateThreshold_FailsSayingWhy()
    {
        var decision = RunGate.Decide(new GateRequest(BelowTarget("error_rate < 1%")));

        Assert.False(decision.Report!.Passed);
        Assert.Contains(decision.Report.Problems, p => p.Contains("fell below its target rate: phase main sent 300 of 1000 planned arrivals", StringComparison.Ordinal));
    }

    [Fact]
    public void Decide_BelowTargetWithScenarioRateThresholdItMeets_ThatThresholdJudges()
    {
        var decision = RunGate.Decide(new GateRequest(BelowTarget("error_rate < 1%", "achieved_rate >= 25%")));

        Assert.True(decision.Report!.Passed, string.Join("; ", decision.Report.Problems));
    }

    [Fact]
    public void Decide_BelowTargetWithGateRateThresholdItFails_FailsOnThatThreshold()
    {
        var decision = RunGate.Decide(new GateRequest(BelowTarget("error_rate < 1%"), Thresholds: ["achieved_rate >= 50%"]));

        Assert.False(decision.Report!.Passed);
        Assert.Empty(decision.Report.Problems);
        Assert.Contains(decision.Report.Conditions, c => c.Condition.Source == "--threshold" && c.Verdict == ConditionVerdict.Fail);
    }

    [Theory]
    [InlineData(false, false, "error_rate < 1%")]
    [InlineData(true, false, "error_rate < 1%")]
    [InlineData(false, true, "error_rate < 1%")]
    [InlineData(false, true, "achieved_rate >= 25%")]
    [InlineData(true, true, "achieved_rate >= 25%")]
    public void RunVerdictAndGate_SameRun_AgreeWhetherItPassed(bool understated, bool belowTarget, string threshold)
    {
        var folder = SyntheticRun.Write(Path.Combine(_temp.Path, Guid.NewGuid().ToString("N")[..8]), SyntheticRun.Ramp(300),
            dropped: belowTarget ? 700 : 0, understated: understated, thresholds: [threshold]);
        var record = LoadRunRecord.Read(folder);
        var gate = GateEvaluator.Evaluate(RunDocument.Of(folder, record), []);

        var verdict = RunVerdict.Of(record, gate.Conditions.Count(c => c.Verdict == ConditionVerdict.Fail));

        Assert.Equal(gate.Passed, verdict.Outcome == RunOutcome.Passed);
    }
}
