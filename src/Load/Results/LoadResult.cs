namespace Harness.Load.Results;

/// <summary>The outcome of a run: what was asked, what happened, and how far to trust it.</summary>
public sealed record LoadResult
{
    public required string Name { get; init; }

    /// <summary>The request address with the key redacted.</summary>
    public required string Target { get; init; }

    public required string Transport { get; init; }

    /// <summary>How the target was really reached (TLS, negotiated HTTP version, proxy, header names); null for merged or old runs.</summary>
    public Contract.Targets.ConnectionFacts? Connection { get; init; }

    public required DateTimeOffset StartedUtc { get; init; }

    /// <summary>The run was stopped (Ctrl+C) before its phases ended: the results are what was measured so far.</summary>
    public required bool Partial { get; init; }

    /// <summary>Set when an abortOnFail threshold failed and stopped the run early (not partial: the run ended itself).</summary>
    public ThresholdAbort? AbortedBy { get; init; }

    /// <summary>Set when the run could not start: the pre-flight request failed (the cause: untrusted certificate, redirect, proxy 407, ...).</summary>
    public string? Unreachable { get; init; }

    public required LoadTotals Measured { get; init; }

    public LoadTotals? Warmup { get; init; }

    public required IReadOnlyList<PhaseResult> Phases { get; init; }

    public required IReadOnlyList<TimelineRow> Timeline { get; init; }

    public required SelfCheck SelfCheck { get; init; }

    /// <summary>Null when the target exposes no <c>/_fake/stats</c>, or the comparison was skipped (<see cref="ReconciliationSkipped"/> says why).</summary>
    public Reconciliation? Reconciliation { get; init; }

    /// <summary>Why there is no <see cref="Reconciliation"/> (null when there is one).</summary>
    public string? ReconciliationSkipped { get; init; }

    /// <summary>Whether the target answered as the API at all; when not, the run fails with this one-line cause.</summary>
    public TargetHealth Health { get; init; } = TargetHealth.Answering;

    /// <summary>The target was the embedded fake receiver, started for this run on a loopback port.</summary>
    public bool EmbeddedTarget { get; init; }

    /// <summary>The run id, index and count when this is one shard of a run (or the merge of all of them).</summary>
    public Sharding.ShardIdentity? Shard { get; init; }

    /// <summary>Some phase achieved less than its target rate (drops, or a dispatcher that fell behind).</summary>
    public bool BelowTargetRate => Phases.Any(p => p.BelowTarget);
}
