using Harness.Reports.Gate;
using Harness.Reports.Tests.Support;

namespace Harness.Reports.Tests.Gate;

/// <summary>The gate's policy as a library call: usage problems, unreadable folders, verdicts and baselines, without the CLI.</summary>
public sealed class RunGateTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Run(bool understated = false, long unexpected = 0) =>
        SyntheticRun.Write(Path.Combine(_temp.Path, Guid.NewGuid().ToString("N")[..8]), SyntheticRun.Ramp(200), unexpected: unexpected, understated: understated);

    [Fact]
    public void Decide_BadThresholdBadLimitAndEmptyReplacement_ListsEveryProblemAndJudgesNothing()
    {
        var run = Run();

        var decision = RunGate.Decide(new GateRequest(run, MaxRegression: "p99=lots", Thresholds: ["p99 <"], NoDefaultGate: true));

        Assert.Null(decision.Report);
        Assert.Contains(decision.Problems, p => p.StartsWith("--threshold:", StringComparison.Ordinal));
        Assert.Contains(decision.Problems, p => p.StartsWith("--max-regression:", StringComparison.Ordinal));
        Assert.Contains(decision.Problems, p => p.StartsWith("--no-default-gate:", StringComparison.Ordinal));
    }

    [Fact]
    public void Decide_NoRunFolder_IsUnreadableNotAUsageError()
    {
        var decision = RunGate.Decide(new GateRequest(Path.Combine(_temp.Path, "missing")));

        Assert.NotNull(decision.Unreadable);
        Assert.Empty(decision.Problems);
        Assert.Null(decision.Report);
    }

    [Fact]
    public void Decide_PassingRunWithSaveBaseline_JudgesAndSaves()
    {
        var run = Run();
        var to = Path.Combine(_temp.Path, "baselines", "smoke");

        var decision = RunGate.Decide(new GateRequest(run, Thresholds: ["p99 < 10s"], SaveBaseline: true, SaveBaselineTo: to));

        Assert.True(decision.Report!.Passed);
        Assert.StartsWith("Baseline saved to", decision.BaselineNote, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(to, "run.json")));
    }

    [Fact]
    public void Decide_UnderstatedRunAllowed_IsJudgedButNeverSavedAsBaseline()
    {
        var run = Run(understated: true);
        var to = Path.Combine(_temp.Path, "baselines", "understated");

        var decision = RunGate.Decide(new GateRequest(run, SaveBaseline: true, SaveBaselineTo: to, AllowUnderstated: true));

        Assert.NotNull(decision.Report);
        Assert.StartsWith("Baseline NOT saved", decision.BaselineNote, StringComparison.Ordinal);
        Assert.False(Directory.Exists(to));
    }

    [Fact]
    public void Decide_FailingThreshold_FailsAndSavesNoBaseline()
    {
        var run = Run();

        var decision = RunGate.Decide(new GateRequest(run, Thresholds: ["p99 < 1ms"], SaveBaseline: true, SaveBaselineTo: Path.Combine(_temp.Path, "b")));

        Assert.False(decision.Report!.Passed);
        Assert.Equal("Baseline NOT saved: a failing run is no baseline.", decision.BaselineNote);
    }
}
