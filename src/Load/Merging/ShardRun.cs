using Harness.Load.Results;
using Harness.Load.Sharding;

namespace Harness.Load.Merging;

/// <summary>One shard's run folder as read back: run.json's parts that a merge needs, and its timeline.</summary>
internal sealed record ShardRun
{
    public required string Folder { get; init; }

    public required string Name { get; init; }

    public required string Target { get; init; }

    public required string Transport { get; init; }

    public required DateTimeOffset StartedUtc { get; init; }

    public required bool Partial { get; init; }

    /// <summary>The abortOnFail threshold that stopped this shard early, if one did.</summary>
    public ThresholdAbort? AbortedBy { get; init; }

    public required bool EmbeddedTarget { get; init; }

    /// <summary>Null when the run was not sharded.</summary>
    public ShardIdentity? Shard { get; init; }

    /// <summary>The scenario exactly as run.json recorded it (secrets redacted), or null.</summary>
    public string? ScenarioJson { get; init; }

    public required LoadTotals Measured { get; init; }

    public LoadTotals? Warmup { get; init; }

    public required IReadOnlyList<PhaseResult> Phases { get; init; }

    public required double CpuSaturatedShare { get; init; }

    public required IReadOnlyList<TimelineRow> Timeline { get; init; }
}
