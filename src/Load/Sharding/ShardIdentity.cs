using System.Text.Json;
using System.Text.Json.Serialization;
using Harness.Load.Records;

namespace Harness.Load.Sharding;

/// <summary>
/// Who a run folder belongs to when a run is split across agents: the run id every shard shares,
/// this shard's index (null for the merged whole) and the shard count, and the common start time.
/// Written to run.json as <c>"shard"</c> (by the record's source-generated serializer); <c>harness merge</c> checks it.
/// </summary>
internal sealed record ShardIdentity : IJsonOnDeserialized
{
    /// <summary>The same for every shard of one run (letters, digits, '.', '_', '-').</summary>
    public required string RunId { get; init; }

    // run.json spells the index 1-based, as --shard does.
    [JsonInclude]
    [JsonPropertyName("index")]
    internal int? Number { get => Index + 1; init => Index = value - 1; }

    /// <summary>0-based shard index; null when the folder is the merge of all shards.</summary>
    [JsonIgnore]
    public int? Index { get; init; }

    /// <summary>How many shards the run has.</summary>
    public required int Count { get; init; }

    /// <summary>True for the merged whole.</summary>
    [JsonPropertyName("merged")]
    public bool IsMerged => Index is null;

    /// <summary>When the phases began, agreed by all shards (null when none was given).</summary>
    [JsonConverter(typeof(MillisecondTimestampConverter))]
    public DateTimeOffset? StartAt { get; init; }

    /// <summary>How late this agent began its phases after <see cref="StartAt"/> (it was started after that time).</summary>
    [JsonPropertyName("lateStartSeconds")]
    [JsonConverter(typeof(RoundedSecondsConverter))]
    public TimeSpan LateStart { get; init; }

    /// <summary>The shard's share arithmetic (the whole, for a merged run).</summary>
    internal ShardSpec Spec => Index is { } i ? ShardSpec.Of(i, Count) : ShardSpec.Whole;

    // A run.json may come from anywhere: merge and the telemetry labels trust these three.
    void IJsonOnDeserialized.OnDeserialized()
    {
        if (RunId is null || Count < 1)
        {
            throw new JsonException("\"shard\" needs a string runId and a positive count");
        }

        if (Index is < 0 || Index >= Count)
        {
            throw new JsonException($"\"shard.index\" must be from 1 to {Count}");
        }
    }
}
