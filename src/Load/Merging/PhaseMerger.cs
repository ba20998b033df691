using Harness.Load.Phases;
using Harness.Load.Results;

namespace Harness.Load.Merging;

/// <summary>Adds the shards' results of each phase (by position: every shard ran the same phases).</summary>
internal static class PhaseMerger
{
    /// <summary>As the engine judges a phase: achieved below this share of the scheduled rate is a shortfall.</summary>
    private const double RateTolerance = 0.99;

    public static IReadOnlyList<PhaseResult> Merge(IReadOnlyList<ShardRun> shards)
    {
        var merged = new List<PhaseResult>();
        var phases = shards.Max(s => s.Phases.Count);
        for (var i = 0; i < phases; i++)
        {
            var parts = shards.Where(s => s.Phases.Count > i).Select(s => s.Phases[i]).ToList();
            var first = parts[0];
            var actual = parts.Max(p => p.Actual);
            long scheduled = parts.Sum(p => p.Scheduled), sent = parts.Sum(p => p.Sent);
            // As the engine: an iteration phase's planned time is only its upper bound.
            var span = first.Kind == PhaseKind.Iterations ? actual.TotalSeconds : Math.Max(first.Planned.TotalSeconds, actual.TotalSeconds);
            var achieved = span > 0 ? sent / span : 0;
            double? target = parts.All(p => p.TargetPerSecond is not null) ? parts.Sum(p => p.TargetPerSecond!.Value) : null;
            // The shards' arrivals partition the whole schedule's, so their planned arrivals add up.
            long? plannedArrivals = parts.All(p => p.PlannedArrivals is not null) ? parts.Sum(p => p.PlannedArrivals!.Value) : null;
            var below = target is not null && first.Planned > TimeSpan.Zero
                && (plannedArrivals is { } arrivals ? sent < arrivals * RateTolerance : achieved < scheduled / first.Planned.TotalSeconds * RateTolerance);
            merged.Add(new PhaseResult(first.Name, first.Kind, first.Warmup, first.Planned, actual, scheduled, sent,
                parts.Sum(p => p.Dropped), parts.Sum(p => p.Late), target, achieved, below) { PlannedArrivals = plannedArrivals });
        }

        return merged;
    }
}
