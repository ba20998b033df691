using Harness.Reports.Baselines;
using Harness.Reports.Documents;
using Harness.Reports.Tests.Support;

namespace Harness.Reports.Tests.Baselines;

public sealed class BaselineComparerTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static IReadOnlyList<RegressionLimit> Limits(string text)
    {
        Assert.True(RegressionLimits.TryParse(text, out var limits, out var error), error?.Render());
        return limits;
    }

    [Fact]
    public void Compare_P99TwentyPercentSlower_RegressesBeyondTenPercent()
    {
        var baseline = RunDocument.Open(SyntheticRun.Write(_temp.Path, SyntheticRun.Ramp(1000))).Load!;
        var slower = RunDocument.Open(SyntheticRun.Write(_temp.Path, SyntheticRun.Ramp(1000).Select(ms => ms * 1.2))).Load!;
        var rows = BaselineComparer.Compare(baseline, slower, Limits("p99=10%,throughput=5%"));
        var p99 = Assert.Single(rows, r => r.Metric == "p99");
        Assert.Equal(RegressionVerdict.Fail, p99.Verdict);
        Assert.StartsWith("+20", p99.Delta, StringComparison.Ordinal);
        Assert.Equal(RegressionVerdict.Pass, Assert.Single(rows, r => r.Metric == "rps").Verdict);
        Assert.Equal(RegressionVerdict.Info, Assert.Single(rows, r => r.Metric == "p50").Verdict);
    }

    [Fact]
    public void Compare_SameRun_PassesEveryLimit()
    {
        var dir = SyntheticRun.Write(_temp.Path, SyntheticRun.Ramp(500));
        var run = RunDocument.Open(dir).Load!;
        var rows = BaselineComparer.Compare(run, run, Limits("p99=1%,p99.9=1%,throughput=1%,error_rate=0.1"));
        Assert.All(rows, r => Assert.NotEqual(RegressionVerdict.Fail, r.Verdict));
    }

    [Fact]
    public void Compare_ErrorRateUp_ComparedInPercentagePoints()
    {
        var baseline = RunDocument.Open(SyntheticRun.Write(_temp.Path, SyntheticRun.Ramp(1000))).Load!;
        var worse = RunDocument.Open(SyntheticRun.Write(_temp.Path, SyntheticRun.Ramp(1000), unexpected: 20)).Load!;
        var row = Assert.Single(BaselineComparer.Compare(baseline, worse, Limits("error_rate=1%")), r => r.Metric == "error_rate");
        Assert.Equal("+2 pp", row.Delta);
        Assert.Equal(RegressionVerdict.Fail, row.Verdict);
    }

    [Theory]
    [InlineData("p99", 3)]
    [InlineData("p99=10%,dropped=1", 8)]
    [InlineData("p99=ten", 4)]
    public void TryParse_BadLimits_PointsAtTheProblem(string text, int position)
    {
        Assert.False(RegressionLimits.TryParse(text, out _, out var error));
        Assert.Equal(position, error!.Position);
    }

    [Fact]
    public void CommittedSmokeBaseline_ReadsAndPassesItsOwnThresholds()
    {
        var dir = Path.Combine(RepoRoot.Find(), "results", "baselines", "smoke");
        var run = RunDocument.Open(dir);
        Assert.Equal(RunKind.Load, run.Kind);
        Assert.True(Harness.Reports.Gate.GateEvaluator.Evaluate(run, []).Passed);
        Assert.NotEmpty(run.Load!.Timeline);
    }
}
