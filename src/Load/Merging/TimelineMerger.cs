using Harness.Load.Phases;
using Harness.Load.Records;

namespace Harness.Load.Merging;

/// <summary>
/// Merges the shards' timelines per second of the run (the agents shared a start, so their elapsed
/// times agree). Counts and the in-flight gauge are summed; max is exact; the p50/p90/p99 columns,
/// which the timeline keeps without histograms, are the worst shard's (an upper bound, never an
/// average); CPU is the busiest agent's.
/// </summary>
internal static class TimelineMerger
{
    public static IReadOnlyList<TimelineRow> Merge(IEnumerable<IReadOnlyList<TimelineRow>> timelines)
    {
        var perSecond = new SortedDictionary<int, List<TimelineRow>>();
        var lastInFlight = new Dictionary<(int Shard, int Second), long>();
        var shard = 0;
        foreach (var timeline in timelines)
        {
            foreach (var row in timeline)
            {
                var second = Math.Max(1, (int)Math.Round(row.ElapsedSeconds, MidpointRounding.AwayFromZero));
                if (!perSecond.TryGetValue(second, out var rows))
                {
                    perSecond[second] = rows = [];
                }

                rows.Add(row);
                lastInFlight[(shard, second)] = row.InFlight;
            }

            shard++;
        }

        return [.. perSecond.Select(pair =>
        {
            var rows = pair.Value;
            var last = rows.MaxBy(r => r.ElapsedSeconds)!;
            var inFlight = lastInFlight.Where(e => e.Key.Second == pair.Key).Sum(e => e.Value);
            return new TimelineRow(pair.Key, last.Phase, last.Warmup,
                rows.Sum(r => r.Sent), rows.Sum(r => r.Completed), inFlight, rows.Sum(r => r.Errors),
                rows.Sum(r => r.Dropped), rows.Sum(r => r.Late),
                rows.Max(r => r.ResponseP50Ms), rows.Max(r => r.ResponseP90Ms), rows.Max(r => r.ResponseP99Ms),
                rows.Max(r => r.ResponseMaxMs), rows.Max(r => r.ServiceP99Ms), rows.Max(r => r.CpuPercent));
        })];
    }
}
