using Harness.Reports.Baselines;
using Harness.Reports.Documents;
using Harness.Reports.Gate;
using Harness.Reports.Tests.Support;

namespace Harness.Reports.Tests.Gate;

/// <summary>Baselines that cannot say anything about the run must not let it pass: before, each of these passed the gate (exit 0).</summary>
public sealed class BaselineEdgeTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Folder() => Path.Combine(_temp.Path, Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public void Decide_BaselineOfAnotherScenario_IsAProblemNamingBoth()
    {
        var baseline = SyntheticRun.Write(Folder(), SyntheticRun.Ramp(200), name: "smoke");
        var run = SyntheticRun.Write(Folder(), SyntheticRun.Ramp(200), name: "steady");

        var decision = RunGate.Decide(new GateRequest(run, Baseline: baseline));

        Assert.Null(decision.Report);
        Assert.Contains(decision.Problems, p => p.StartsWith("--baseline:", StringComparison.Ordinal) && p.Contains("'smoke'", StringComparison.Ordinal) && p.Contains("'steady'", StringComparison.Ordinal));
    }

    [Fact]
    public void Decide_BaselineAtAnotherRate_IsAProblemNamingBothRates()
    {
        // The slower baseline at a quarter of the rate would make the run look 0% worse or better for no reason.
        var baseline = SyntheticRun.Write(Folder(), SyntheticRun.Ramp(200), targetPerSecond: 50);
        var run = SyntheticRun.Write(Folder(), SyntheticRun.Ramp(200), targetPerSecond: 200);

        var decision = RunGate.Decide(new GateRequest(run, Baseline: baseline));

        Assert.Null(decision.Report);
        Assert.Contains(decision.Problems, p => p.Contains("ran at 50/s, this run's at 200/s", StringComparison.Ordinal));
    }

    [Fact]
    public void Decide_SameScenarioAndRate_IsCompared()
    {
        var decision = RunGate.Decide(new GateRequest(SyntheticRun.Write(Folder(), SyntheticRun.Ramp(200)), Baseline: SyntheticRun.Write(Folder(), SyntheticRun.Ramp(200))));

        Assert.True(decision.Report!.Passed, string.Join("; ", decision.Problems));
        Assert.NotEmpty(decision.Report.Regressions);
    }

    [Fact]
    public void Compare_LimitOnAMetricTheRunLacks_FailsInsteadOfShowingNa()
    {
        // No answer at all: p99 has nothing to judge. Before, the row said n/a with no verdict and the gate passed.
        var baseline = RunDocument.Open(SyntheticRun.Write(Folder(), SyntheticRun.Ramp(200))).Load!;
        var silent = RunDocument.Open(SyntheticRun.Write(Folder(), [], timeouts: 20)).Load!;
        Assert.True(RegressionLimits.TryParse("p99=10%", out var limits, out _));

        var rows = BaselineComparer.Compare(baseline, silent, limits);

        var p99 = Assert.Single(rows, r => r.Metric == "p99");
        Assert.Equal("n/a", p99.Delta);
        Assert.Equal(RegressionVerdict.Fail, p99.Verdict);
        Assert.Equal(RegressionVerdict.Info, Assert.Single(rows, r => r.Metric == "p50").Verdict);
    }
}
