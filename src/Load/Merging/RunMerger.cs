using Harness.Load.Records;
using Harness.Load.Sharding;
using Harness.Runs;

namespace Harness.Load.Merging;

/// <summary>
/// <c>harness merge</c> as a library: reads the shards' run folders, checks they are one complete run,
/// adds their counts and histograms, and writes a run folder of the same shape as any load run.
/// </summary>
internal static class RunMerger
{
    /// <summary>
    /// Merges the runs in <paramref name="paths"/>: each a run folder, or a folder whose subfolders are
    /// run folders (all the shards collected on one volume).
    /// </summary>
    public static MergeOutcome Merge(IReadOnlyList<string> paths)
    {
        var problems = new List<string>();
        var warnings = new List<string>();
        var folders = Expand(paths, problems);
        var runs = new List<ShardFolder>();
        foreach (var folder in folders)
        {
            try
            {
                runs.Add(new ShardFolder(folder, LoadRunRecord.Read(folder)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                problems.Add(e is FileNotFoundException or DirectoryNotFoundException ? $"{folder}: no run.json (not a run folder)" : e.Message);
            }
        }

        if (paths.Count == 0)
        {
            problems.Add("no run folders given");
        }

        problems.AddRange(ShardSetValidator.Validate(runs, warnings));
        if (problems.Count > 0)
        {
            return new MergeOutcome(null, folders, problems, warnings);
        }

        try
        {
            return new MergeOutcome(Combine([.. runs.Select(r => r.Record).OrderBy(r => r.Shard!.Index)]), folders, problems, warnings);
        }
        catch (OverflowException)
        {
            // Each file's counts are in range (checked on reading); only crafted ones add up past a long.
            return new MergeOutcome(null, folders, [$"the shards' counts add up to more than any run can send ({LoadTotalsCheck.MaxCount} per count): they cannot be from one run"], warnings);
        }
    }

    /// <summary>Writes the merged run into <paramref name="outFolder"/> (created; it must not hold a run already).</summary>
    public static string Write(MergeOutcome outcome, string outFolder)
    {
        if (!outcome.IsValid)
        {
            throw new InvalidOperationException("The shards do not form one complete run: " + string.Join("; ", outcome.Problems));
        }

        if (File.Exists(outFolder))
        {
            throw new IOException($"'{outFolder}' is a file, not a folder: choose another --out");
        }

        if (File.Exists(Path.Combine(outFolder, "run.json")))
        {
            throw new IOException($"{outFolder} already holds a run (run.json): choose another --out");
        }

        Directory.CreateDirectory(outFolder);
        var folder = RunFolder.Open(outFolder);
        LoadRunFiles.Write(folder, outcome.Result!);
        return folder.Path;
    }

    private static LoadRunRecord Combine(IReadOnlyList<LoadRunRecord> shards)
    {
        var first = shards[0];
        var measured = TotalsMerger.Add([.. shards.Select(s => s.Measured)]);
        var warmups = shards.Where(s => s.Warmup is not null).Select(s => s.Warmup!).ToList();
        return new LoadRunRecord
        {
            Name = first.Name,
            Target = first.Target,
            Transport = first.Transport,
            StartedUtc = shards.Min(s => s.StartedUtc),
            Partial = shards.Any(s => s.Partial),
            // Each shard judges its own share; the first to fail stopped the whole run's picture.
            AbortedBy = shards.Where(s => s.AbortedBy is not null).Select(s => s.AbortedBy).MinBy(a => a!.AtSeconds),
            EmbeddedTarget = shards.All(s => s.EmbeddedTarget),
            Measured = measured,
            Warmup = warmups.Count > 0 ? TotalsMerger.Add(warmups) : null,
            Phases = PhaseMerger.Merge(shards, shards.Any(s => s.Partial || s.AbortedBy is not null)),
            Timeline = TimelineMerger.Merge(shards.Select(s => s.Timeline)),
            SelfCheck = SelfCheck.From(shards.Max(s => s.SelfCheck.CpuSaturatedShare), measured.SchedulerLag),
            // Every shard ran the one scenario (checked): the merge records it as they did.
            Seed = first.Seed,
            Scenario = first.Scenario,
            Thresholds = first.Thresholds,
            // Each agent saw the others' traffic on a shared receiver: per-shard reconciliation means nothing.
            Reconciliation = null,
            Shard = new ShardIdentity
            {
                RunId = first.Shard!.RunId,
                Index = null,
                Count = first.Shard.Count,
                StartAt = first.Shard.StartAt,
                LateStart = shards.Max(s => s.Shard!.LateStart),
            },
        };
    }

    private static List<string> Expand(IReadOnlyList<string> paths, List<string> problems)
    {
        var folders = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(Path.Combine(path, "run.json")))
            {
                folders.Add(Path.GetFullPath(path));
            }
            else if (Directory.Exists(path) && Directory.GetDirectories(path).Where(d => File.Exists(Path.Combine(d, "run.json"))).Order(StringComparer.Ordinal).ToList() is { Count: > 0 } inside)
            {
                // A folder collected from agents is searched, not followed: a linked subfolder could be any run on the machine.
                foreach (var link in inside.Where(d => new DirectoryInfo(d).LinkTarget is not null))
                {
                    problems.Add($"{link}: a symbolic link (to {new DirectoryInfo(link).LinkTarget}), not a shard's folder: give it by its own path if it is one");
                }

                folders.AddRange(inside.Where(d => new DirectoryInfo(d).LinkTarget is null).Select(Path.GetFullPath));
            }
            else
            {
                problems.Add(Directory.Exists(path) ? $"{path}: no run.json in it or in its subfolders" : $"{path}: no such folder");
            }
        }

        return folders;
    }
}
