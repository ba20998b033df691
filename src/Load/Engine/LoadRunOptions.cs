using Harness.Load.Records;
using Harness.Load.Sharding;

namespace Harness.Load.Engine;

/// <summary>How a run is observed: the clock, the live view's callback, the pre-flight, sharding.</summary>
internal sealed record LoadRunOptions
{
    /// <summary>All timing goes through it, so schedulers can run on a fake clock in tests.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Called after every interval with its timeline row and the totals so far (keep it quick).</summary>
    internal Action<ProgressSnapshot>? OnInterval { get; init; }

    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Send one pre-flight request before starting (else the result says why the target cannot be used).</summary>
    public bool CheckReachable { get; init; } = true;

    /// <summary>
    /// Called once the pre-flight has passed, before the run's first request: where a caller reads the
    /// receiver's own counts to compare after the run (Harness.Embedded's reconciliation).
    /// </summary>
    public Func<CancellationToken, Task>? BeforeTraffic { get; init; }

    /// <summary>
    /// When set, the phases begin at this time (after connecting), and each phase begins at its planned
    /// offset from it, so that agents on several machines keep their phases in step.
    /// </summary>
    public DateTimeOffset? StartAt { get; init; }

    /// <summary>Where the run's live numbers go (Prometheus, the live page); null: a run of its own, still on the Harness.Load meter.</summary>
    internal Telemetry.LoadTelemetry? Telemetry { get; init; }

    /// <summary>This agent's part of a sharded run (null: the whole run). Recorded in the result.</summary>
    internal ShardIdentity? Shard { get; init; }
}
