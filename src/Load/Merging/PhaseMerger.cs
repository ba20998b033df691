using Harness.Load.Phases;
using Harness.Load.Records;

namespace Harness.Load.Merging;

/// <summary>Adds the shards' results of each phase (by position: every shard ran the same phases).</summary>
internal static class PhaseMerger
{
    /// <summary>
    /// The merged phases, judged by the engine's own <see cref="PhaseResult.JudgeRate"/>: a phase a shard
    /// stopped early (<paramref name="stoppedEarly"/>: interrupted or aborted) is measured over its own time.
    /// </summary>
    public static IReadOnlyList<PhaseResult> Merge(IReadOnlyList<LoadRunRecord> shards, bool stoppedEarly)
    {
        var merged = new List<PhaseResult>();
        var phases = shards.Max(s => s.Phases.Count);
        for (var i = 0; i < phases; i++)
        {
            var parts = shards.Where(s => s.Phases.Count > i).Select(s => s.Phases[i]).ToList();
            var first = parts[0];
            var actual = parts.Max(p => p.Actual);
            long scheduled = parts.Sum(p => p.Scheduled), sent = parts.Sum(p => p.Sent);
            double? target = parts.All(p => p.TargetPerSecond is not null) ? parts.Sum(p => p.TargetPerSecond!.Value) : null;
            // The shards' arrivals partition the whole schedule's, so their planned arrivals add up.
            long? plannedArrivals = parts.All(p => p.PlannedArrivals is not null) ? parts.Sum(p => p.PlannedArrivals!.Value) : null;
            var (achieved, below) = PhaseResult.JudgeRate(first.Kind, first.Planned, actual, scheduled, sent, plannedArrivals, target is not null, stoppedEarly);
            merged.Add(new PhaseResult(first.Name, first.Kind, first.Warmup, first.Planned, actual, scheduled, sent,
                parts.Sum(p => p.Dropped), parts.Sum(p => p.Late), target, achieved, below) { PlannedArrivals = plannedArrivals });
        }

        return merged;
    }
}
