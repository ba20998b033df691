using Harness.Load.Measurement;
using Harness.Load.Records;

namespace Harness.Load.Merging;

/// <summary>
/// Adds shards' totals: counts are summed and histograms added bucket by bucket, so every percentile
/// of the merge is read from the whole distribution (percentiles are never averaged). The shards ran
/// side by side, so the merged time is the longest shard's and rates are recomputed from it.
/// </summary>
internal static class TotalsMerger
{
    public static LoadTotals Add(IReadOnlyList<LoadTotals> parts)
    {
        ArgumentOutOfRangeException.ThrowIfZero(parts.Count);
        var response = LatencyHistograms.Create();
        var service = LatencyHistograms.Create();
        var lag = LatencyHistograms.Create();
        var failed = LatencyHistograms.Create();
        foreach (var part in parts)
        {
            failed.Add(part.FailedTime);
            response.Add(part.ResponseTime);
            service.Add(part.ServiceTime);
            lag.Add(part.SchedulerLag);
        }

        return new LoadTotals
        {
            Scheduled = parts.Sum(p => p.Scheduled),
            Sent = parts.Sum(p => p.Sent),
            Dropped = parts.Sum(p => p.Dropped),
            Late = parts.Sum(p => p.Late),
            BytesIn = parts.Sum(p => p.BytesIn),
            BytesOut = parts.Sum(p => p.BytesOut),
            Outcomes = Enum.GetValues<OutcomeKind>().ToDictionary(k => k, k => parts.Sum(p => p.Count(k))),
            Statuses = Sum(parts.Select(p => p.Statuses), Comparer<int>.Default),
            ErrorCodes = Sum(parts.Select(p => p.ErrorCodes), StringComparer.Ordinal),
            ResponseTime = response,
            ServiceTime = service,
            SchedulerLag = lag,
            FailedTime = failed,
            Seconds = parts.Max(p => p.Seconds),
        };
    }

    private static SortedDictionary<TKey, long> Sum<TKey>(IEnumerable<IReadOnlyDictionary<TKey, long>> parts, IComparer<TKey> comparer)
        where TKey : notnull
    {
        var sum = new SortedDictionary<TKey, long>(comparer);
        foreach (var part in parts)
        {
            foreach (var (key, n) in part)
            {
                sum[key] = sum.GetValueOrDefault(key) + n;
            }
        }

        return sum;
    }
}
