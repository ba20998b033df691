namespace Harness.Load.Merging;

/// <summary>
/// Checks that run folders are the complete set of shards of one run: every one a shard (not a plain
/// run, not a merge), one run id, one shard count, one scenario, one start time, each index exactly once.
/// Every problem is reported at once.
/// </summary>
internal static class ShardSetValidator
{
    /// <summary>Agents whose phases began further apart than this did not run together.</summary>
    public static readonly TimeSpan StartTolerance = TimeSpan.FromSeconds(1);

    /// <summary>Start times further apart than this are worth a warning: the shards' phases were out of step by as much.</summary>
    public static readonly TimeSpan StartSpreadWarning = TimeSpan.FromMilliseconds(50);

    public static IReadOnlyList<string> Validate(IReadOnlyList<ShardFolder> runs, List<string> warnings)
    {
        var problems = new List<string>();
        foreach (var run in runs)
        {
            if (run.Record.Shard is null)
            {
                problems.Add($"{run.Folder}: not a shard (it was run without --shard, so there is nothing to merge it with)");
            }
            else if (run.Record.Shard.IsMerged)
            {
                problems.Add($"{run.Folder}: already the merge of run {run.Record.Shard.RunId}; merge the shard folders instead");
            }
        }

        var shards = runs.Where(r => r.Record.Shard is { IsMerged: false }).ToList();
        if (shards.Count == 0)
        {
            return problems;
        }

        Distinct(problems, shards, r => r.Record.Shard!.RunId, "run ids", "the folders belong to different runs");
        Distinct(problems, shards, r => r.Record.Shard!.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), "shard counts", "the shards disagree on how many shards the run has");
        Distinct(problems, shards, r => r.Record.Scenario?.GetRawText() ?? "(none)", "scenarios", "the shards ran different scenarios (compare their run.json \"scenario\")", showValues: false);
        var starts = shards.Where(r => r.Record.Shard!.StartAt is not null).Select(r => r.Record.Shard!.StartAt!.Value).ToList();
        // Several shards always share a --start-at (load refuses to run one without): a shard without one was not run with the others.
        if ((starts.Count > 0 || shards.Count > 1) && (starts.Count < shards.Count || starts.Max() - starts.Min() > StartTolerance))
        {
            problems.Add("the shards did not share one --start-at: " + string.Join(", ", shards.Select(r => $"{Short(r)} {(r.Record.Shard!.StartAt is { } at ? Sharding.StartTime.Format(at) : "none")}")));
        }
        else if (starts.Count > 0 && starts.Max() - starts.Min() > StartSpreadWarning)
        {
            // A relative --start-at (+5s) is resolved by each agent when it starts, so agents started apart disagree.
            warnings.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"the shards' start times differ by {(starts.Max() - starts.Min()).TotalMilliseconds:0} ms, so their phases were out of step by as much: give every agent one absolute --start-at (e.g. --start-at \"$(date -u -d '+30 sec' +%Y-%m-%dT%H:%M:%SZ)\") rather than a relative one"));
        }

        var count = shards[0].Record.Shard!.Count;
        foreach (var group in shards.GroupBy(r => r.Record.Shard!.Index!.Value).Where(g => g.Count() > 1).OrderBy(g => g.Key))
        {
            problems.Add($"shard {group.Key + 1}/{count} appears {group.Count()} times: {string.Join(", ", group.Select(r => r.Folder))}");
        }

        var present = shards.Select(r => r.Record.Shard!.Index!.Value).ToHashSet();
        var missing = Enumerable.Range(0, count).Where(i => !present.Contains(i)).ToList();
        if (missing.Count > 0)
        {
            problems.Add($"{(missing.Count == 1 ? "shard" : "shards")} {string.Join(", ", missing.Select(i => $"{i + 1}/{count}"))} of run {shards[0].Record.Shard!.RunId} {(missing.Count == 1 ? "is" : "are")} missing ({present.Count} of {count} given)");
        }

        foreach (var run in shards.Where(r => r.Record.Shard!.LateStart > StartTolerance))
        {
            warnings.Add($"{Short(run)} began its phases {run.Record.Shard!.LateStart.TotalSeconds:0.###} s after --start-at: its phases lag the others'");
        }

        foreach (var run in shards.Where(r => r.Record.AbortedBy is not null))
        {
            warnings.Add($"{Short(run)} was stopped by its abortOnFail threshold '{run.Record.AbortedBy!.Expression}'");
        }

        foreach (var run in shards.Where(r => r.Record.Partial))
        {
            warnings.Add($"{Short(run)} was interrupted: the merged run is partial");
        }

        return problems;
    }

    private static void Distinct(List<string> problems, List<ShardFolder> shards, Func<ShardFolder, string> key, string what, string message, bool showValues = true)
    {
        var groups = shards.GroupBy(key).ToList();
        if (groups.Count > 1)
        {
            problems.Add($"{message}: " + string.Join("; ", groups.Select((g, i) =>
                $"{(showValues ? g.Key : $"{what} #{i + 1}")} in {string.Join(", ", g.Select(r => r.Folder))}")));
        }
    }

    private static string Short(ShardFolder run) => $"shard {run.Record.Shard!.Index + 1}/{run.Record.Shard.Count} ({run.Folder})";
}
