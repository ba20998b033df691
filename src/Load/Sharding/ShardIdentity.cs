namespace Harness.Load.Sharding;

/// <summary>
/// Who a run folder belongs to when a run is split across agents: the run id every shard shares,
/// this shard's index (null for the merged whole) and the shard count, and the common start time.
/// Written to run.json as <c>"shard"</c>; <c>harness merge</c> checks it.
/// </summary>
internal sealed record ShardIdentity
{
    /// <summary>The same for every shard of one run (letters, digits, '.', '_', '-').</summary>
    public required string RunId { get; init; }

    /// <summary>0-based shard index; null when the folder is the merge of all shards.</summary>
    public int? Index { get; init; }

    /// <summary>How many shards the run has.</summary>
    public required int Count { get; init; }

    /// <summary>When the phases began, agreed by all shards (null when none was given).</summary>
    public DateTimeOffset? StartAt { get; init; }

    /// <summary>How late this agent began its phases after <see cref="StartAt"/> (it was started after that time).</summary>
    public TimeSpan LateStart { get; init; }

    /// <summary>True for the merged whole.</summary>
    public bool IsMerged => Index is null;

    /// <summary>The shard's share arithmetic (the whole, for a merged run).</summary>
    internal ShardSpec Spec => Index is { } i ? ShardSpec.Of(i, Count) : ShardSpec.Whole;
}
