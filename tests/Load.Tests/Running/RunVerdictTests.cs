using Harness.Load.Engine;
using Harness.Load.Records;
using Harness.Load.Running;
using Harness.Load.Tests.Support;

namespace Harness.Load.Tests.Running;

public class RunVerdictTests
{
    // A finished run that measured nothing: accounting holds, the target answered.
    private static readonly LoadRunRecord Finished = ResultBuilder.Unreachable(Plans.Open(10, TimeSpan.FromSeconds(1)), "t", DateTimeOffset.UnixEpoch, "x", 1_000_000)
        with { Unreachable = null };

    private static readonly ThresholdAbort Abort = new("p99 < 5ms", 12, "12 ms", 1.5, 1);

    [Fact]
    public void Of_NothingWrong_PassesWithNoLine() =>
        Assert.Equal(new RunVerdict(RunOutcome.Passed, null), RunVerdict.Of(Finished, failedThresholds: 0));

    [Fact]
    public void Of_FailedThresholds_SaysHowMany() =>
        Assert.Equal(new RunVerdict(RunOutcome.ThresholdsFailed, "FAILED: 2 threshold(s) of the scenario failed (the table above)."), RunVerdict.Of(Finished, 2));

    [Fact]
    public void Of_Interrupted_WinsOverAbortAndThresholds()
    {
        var verdict = RunVerdict.Of(Finished with { Partial = true, AbortedBy = Abort }, 3);

        Assert.Equal(RunOutcome.Interrupted, verdict.Outcome);
        Assert.Contains("partial", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_TargetStoppedAnswering_WinsOverAbort()
    {
        var verdict = RunVerdict.Of(Finished with { Health = new TargetHealth(TargetVerdict.StoppedAnswering, "the target stopped answering"), AbortedBy = Abort }, 0);

        Assert.Equal(new RunVerdict(RunOutcome.TargetStoppedAnswering, "FAILED: the target stopped answering."), verdict);
    }

    [Fact]
    public void Of_AbortOnFail_NamesTheThresholdAndWhen()
    {
        var verdict = RunVerdict.Of(Finished with { AbortedBy = Abort }, 1);

        Assert.Equal(RunOutcome.Aborted, verdict.Outcome);
        Assert.StartsWith("ABORTED: the abortOnFail threshold 'p99 < 5ms' failed 1.5 s into the measured phases (measured 12 ms, grace 1 s)", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_GeneratorWasTheBottleneck_FailsAsTheGateDoes()
    {
        // Before: exit 0 and no line, while summary.md, report.html, junit.xml and the gate said FAILED.
        var verdict = RunVerdict.Of(Finished with { SelfCheck = SelfCheck.From(0.5, 1) }, 0);

        Assert.Equal(RunOutcome.Understated, verdict.Outcome);
        Assert.StartsWith("FAILED: the load generator was the bottleneck", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_GeneratorWasTheBottleneckAllowed_JudgedByTheRest() =>
        Assert.Equal(RunOutcome.Passed, RunVerdict.Of(Finished with { SelfCheck = SelfCheck.From(0.5, 1) }, 0, allowUnderstated: true).Outcome);

    [Fact]
    public void Of_BelowTargetAndNoRateThreshold_FailsNamingThePhase()
    {
        var verdict = RunVerdict.Of(BelowTarget("error_rate < 1%"), 0);

        Assert.Equal(RunOutcome.DefaultBoundFailed, verdict.Outcome);
        Assert.Contains("phase main sent 300 of 1000 planned arrivals", verdict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_BelowTargetJudgedByARateThreshold_LeftToThatThreshold() =>
        Assert.Equal(RunOutcome.Passed, RunVerdict.Of(BelowTarget("achieved_rate >= 25%"), 0).Outcome);

    private static LoadRunRecord BelowTarget(string threshold) => Finished with
    {
        Thresholds = [new RecordedThreshold(threshold, threshold, false, 0)],
        Phases = [new PhaseResult("main", Harness.Load.Phases.PhaseKind.Open, false, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10), 1000, 300, 700, 300, 100, 30, true) { PlannedArrivals = 1000 }],
    };
}
