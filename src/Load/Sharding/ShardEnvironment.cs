using System.Collections;
using System.Globalization;

namespace Harness.Load.Sharding;

/// <summary>
/// The shard from a Kubernetes Indexed Job: <c>JOB_COMPLETION_INDEX</c> (0-based, set by Kubernetes in
/// every pod) and <c>HARNESS_SHARD_COUNT</c> (set by the manifest to the Job's completions).
/// </summary>
internal static class ShardEnvironment
{
    /// <summary>Set by Kubernetes in each pod of an Indexed Job: 0 .. completions-1.</summary>
    public const string IndexVariable = "JOB_COMPLETION_INDEX";

    /// <summary>Set by the manifest: how many shards (the Job's completions and parallelism).</summary>
    public const string CountVariable = "HARNESS_SHARD_COUNT";

    /// <summary>
    /// The shard the environment names, null when neither variable is set; a problem when only one is,
    /// or when either is not a number in range.
    /// </summary>
    public static ShardSpec? Read(IDictionary environment, List<string> problems)
    {
        var indexText = environment[IndexVariable] as string;
        var countText = environment[CountVariable] as string;
        if (indexText is null && countText is null)
        {
            return null;
        }

        if (indexText is null || countText is null)
        {
            problems.Add($"{(indexText is null ? CountVariable : IndexVariable)} is set but {(indexText is null ? IndexVariable : CountVariable)} is not: an Indexed Job agent needs both (the count equals the Job's completions)");
            return null;
        }

        if (!int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1 || count > ShardLimits.MaxShards)
        {
            problems.Add($"{CountVariable}='{countText}': must be a whole number from 1 to {ShardLimits.MaxShards}");
            return null;
        }

        if (!int.TryParse(indexText, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= count)
        {
            problems.Add($"{IndexVariable}='{indexText}': must be a whole number from 0 to {count - 1} ({CountVariable} is {count})");
            return null;
        }

        return ShardSpec.Of(index, count);
    }
}
