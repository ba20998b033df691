using Harness.Load.Merging;
using Harness.Load.Records;

namespace Harness.Load.Tests.Merging;

/// <summary>Issue 13: the merged phase verdict is the engine's own (PhaseResult.JudgeRate), stopped-early timing included.</summary>
public sealed class MergedPhaseJudgementTests : IDisposable
{
    private readonly ShardFolders _folders = new();

    [Fact]
    public void Merge_ShardsAbortedEarly_JudgesThePhaseOverItsOwnTimeAsTheEngineDoes()
    {
        var abort = new ThresholdAbort("p99 < 1ms", 5, "5 ms", 2, 0);
        var actual = TimeSpan.FromSeconds(2);
        _folders.Write("run-e", 0, 2, [.. Enumerable.Repeat(1_000L, 30)], abortedBy: abort, actual: actual);
        _folders.Write("run-e", 1, 2, [.. Enumerable.Repeat(1_000L, 30)], abortedBy: abort, actual: actual);

        var phase = Assert.Single(RunMerger.Merge([_folders.Root]).Result!.Phases);

        // 60 sent in the 2 s the phase ran, not over the 5 s it never had: 30/s, the planned rate, so no shortfall.
        var (achieved, below) = PhaseResult.JudgeRate(phase.Kind, phase.Planned, actual, 60, 60, null, hasTarget: true, stoppedEarly: true);
        Assert.Equal(30, phase.AchievedPerSecond, 3);
        Assert.Equal(achieved, phase.AchievedPerSecond, 9);
        Assert.False(phase.BelowTarget);
        Assert.Equal(below, phase.BelowTarget);
    }

    [Fact]
    public void Merge_ShardsThatRanTheirPlannedTime_JudgeOverThePlannedTime()
    {
        _folders.Write("run-f", 0, 2, [.. Enumerable.Repeat(1_000L, 30)], actual: TimeSpan.FromSeconds(2));
        _folders.Write("run-f", 1, 2, [.. Enumerable.Repeat(1_000L, 30)], actual: TimeSpan.FromSeconds(2));

        var phase = Assert.Single(RunMerger.Merge([_folders.Root]).Result!.Phases);

        // Not stopped early: a phase that ended before its planned 5 s is measured over the 5 s, 60/5 = 12/s.
        Assert.Equal(12, phase.AchievedPerSecond, 3);
    }

    public void Dispose() => _folders.Dispose();
}
