using Harness.Reports.Documents;
using Harness.Reports.Gate;
using Harness.Reports.Tests.Support;
using Harness.Reports.Thresholds;

namespace Harness.Reports.Tests.Thresholds;

public sealed class LoadRunTrustTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Evaluate_UnderstatedRun_FailsUnlessAllowed()
    {
        var run = RunDocument.Open(SyntheticRun.Write(_temp.Path, SyntheticRun.Ramp(100), understated: true));

        var strict = GateEvaluator.Evaluate(run, []);
        var allowed = GateEvaluator.Evaluate(run, [], allowUnderstated: true);

        Assert.False(strict.Passed);
        Assert.Contains(strict.Problems, p => p.Contains("load generator was the bottleneck", StringComparison.Ordinal) && p.Contains("--allow-understated", StringComparison.Ordinal));
        Assert.True(allowed.Passed);
        Assert.NotNull(LoadRunTrust.NotABaseline(run));
        Assert.Contains("understated", GateText.Render(allowed), StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_HealthyRun_NoTrustProblemAndMayBeABaseline()
    {
        var run = RunDocument.Open(SyntheticRun.Write(_temp.Path, SyntheticRun.Ramp(100)));

        Assert.True(GateEvaluator.Evaluate(run, []).Passed);
        Assert.Null(LoadRunTrust.NotABaseline(run));
    }

    [Fact]
    public void Evaluate_LatencyThresholdOnRunWithoutAnswers_FailsRatherThanPasses()
    {
        var run = RunDocument.Open(SyntheticRun.Write(_temp.Path, [], timeouts: 50));
        Assert.True(GateConditionParser.TryParse("p99 < 1s", "test", out var condition, out _));

        var outcome = ConditionEvaluator.Evaluate(condition!, run);

        Assert.Equal(ConditionVerdict.Fail, outcome.Verdict);
        Assert.Contains("nothing to judge", outcome.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void AchievedRatio_PlannedArrivalsRecorded_JudgedAgainstThemNotTheMeanRate()
    {
        // 1000 sent over 10 s at a mean of 105/s: 95% of the mean, but all of the 1000 arrivals the schedule drew.
        var run = RunDocument.Open(SyntheticRun.Write(_temp.Path, SyntheticRun.Ramp(1000), targetPerSecond: 105, plannedArrivals: 1000));

        Assert.Equal(1.0, run.Load!.AchievedRatio);
    }
}
