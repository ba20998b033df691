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
/// requests are neither errors nor latencies (nginx in front of a 47/s upstream, asked for 200/s). And a
/// run where every answer was a 500, against a scenario with no error threshold: exit 0, GATE PASSED.
/// </summary>
public sealed class DefaultBoundsGateTests : IDisposable
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

    [Fact]
    public void Decide_MostRequestsFailedAndNoErrorThreshold_FailsSayingWhy()
    {
        var run = SyntheticRun.Write(Path.Combine(_temp.Path, "all500"), SyntheticRun.Ramp(300), unexpected: 300, thresholds: ["p99 < 1s"]);

        var decision = RunGate.Decide(new GateRequest(run));

        Assert.False(decision.Report!.Passed);
        Assert.Contains(decision.Report.Problems, p => p.StartsWith("most requests failed: error rate 100% (300 unexpected answers", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("error_rate <= 100%")]
    [InlineData("unexpected < 1000")]
    public void Decide_MostRequestsFailedButAnErrorThresholdAllowsIt_ThatThresholdJudges(string threshold)
    {
        var run = SyntheticRun.Write(Path.Combine(_temp.Path, Guid.NewGuid().ToString("N")[..8]), SyntheticRun.Ramp(300), unexpected: 300);

        var decision = RunGate.Decide(new GateRequest(run, Thresholds: [threshold]));

        Assert.True(decision.Report!.Passed, string.Join("; ", decision.Report.Problems));
    }

    [Theory]
    [InlineData(false, false, "error_rate < 1%")]
    [InlineData(true, false, "error_rate < 1%")]
    [InlineData(false, true, "error_rate < 1%")]
    [InlineData(false, true, "achieved_rate >= 25%")]
    [InlineData(true, true, "achieved_rate >= 25%")]
    [InlineData(false, false, "p99 < 1s", 300)]
    [InlineData(false, false, "error_rate <= 100%", 300)]
    public void RunVerdictAndGate_SameRun_AgreeWhetherItPassed(bool understated, bool belowTarget, string threshold, long unexpected = 0)
    {
        var folder = SyntheticRun.Write(Path.Combine(_temp.Path, Guid.NewGuid().ToString("N")[..8]), SyntheticRun.Ramp(300),
            dropped: belowTarget ? 700 : 0, understated: understated, thresholds: [threshold], unexpected: unexpected);
        var record = LoadRunRecord.Read(folder);
        var gate = GateEvaluator.Evaluate(RunDocument.Of(folder, record), []);

        var verdict = RunVerdict.Of(record, gate.Conditions.Count(c => c.Verdict == ConditionVerdict.Fail));

        Assert.Equal(gate.Passed, verdict.Outcome == RunOutcome.Passed);
    }
}
