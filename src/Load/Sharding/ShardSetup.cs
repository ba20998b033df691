using System.Collections;
using System.Globalization;
using Harness.Load.Scenarios;

namespace Harness.Load.Sharding;

/// <summary>
/// Turns <c>--shard</c>, <c>--start-at</c>, <c>--run-id</c> and the Indexed Job environment into this
/// agent's identity and start time, reporting every problem at once.
/// </summary>
internal static class ShardSetup
{
    /// <summary>
    /// Resolves the options. <paramref name="shardText"/> wins over the environment. A run of more
    /// than one shard needs a common start, and a run id that every shard computes alike: given, or
    /// derived from an absolute start time and the scenario's name.
    /// </summary>
    public static ShardSetupResult Resolve(
        string? shardText, string? startAtText, string? runId, string scenarioName, IDictionary environment, TimeProvider clock)
    {
        var problems = new List<string>();
        ShardSpec? shard = null;
        if (shardText is not null)
        {
            if (ShardSpec.TryParse(shardText, out var parsed, out var error))
            {
                shard = parsed;
            }
            else
            {
                problems.Add($"--shard: {error}");
            }
        }
        else
        {
            shard = ShardEnvironment.Read(environment, problems);
        }

        DateTimeOffset? startAt = null;
        var relative = false;
        if (startAtText is not null)
        {
            if (StartTime.TryParse(startAtText, clock, out var at, out relative, out var error))
            {
                startAt = at;
            }
            else
            {
                problems.Add($"--start-at: {error}");
            }
        }

        if (runId is not null && !RunIds.IsValid(runId))
        {
            problems.Add($"--run-id: '{runId}' must be 1 to {RunIds.MaxLength} letters, digits, '.', '_' or '-'");
        }

        if (shard is { Count: > 1 } && startAtText is null)
        {
            problems.Add("--start-at: a run of several shards needs a common start time (e.g. 2025-06-01T12:00:00Z) so that their phases line up");
        }

        if (shard is { Count: > 1 } && runId is null && relative)
        {
            problems.Add("--run-id: agents given a relative --start-at cannot agree on a run id: give --run-id (HARNESS_RUN_ID) or an absolute --start-at");
        }

        if (problems.Count > 0 || shard is null)
        {
            return new ShardSetupResult(null, startAt, problems);
        }

        var identity = new ShardIdentity
        {
            RunId = runId ?? RunIds.Derive(scenarioName, startAt ?? clock.GetUtcNow()),
            Index = shard.Index,
            Count = shard.Count,
            StartAt = startAt,
        };
        return new ShardSetupResult(identity, startAt, problems);
    }
}

/// <summary>What <see cref="ShardSetup.Resolve"/> found: the identity (null when not sharded), the start time, the problems.</summary>
internal sealed record ShardSetupResult(ShardIdentity? Shard, DateTimeOffset? StartAt, IReadOnlyList<string> Problems)
{
    public bool IsValid => Problems.Count == 0;
}
