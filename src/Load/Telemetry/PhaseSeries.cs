using Harness.Load.Measurement;
using Harness.Telemetry;

namespace Harness.Load.Telemetry;

/// <summary>
/// What one phase did so far, as Prometheus counters and histograms: added to once per interval
/// (from the interval's deltas and HDR interval histograms), read by scrapes. The owner locks.
/// </summary>
internal sealed class PhaseSeries(string name, bool warmup, LatencyBuckets buckets)
{
    public string Name { get; } = name;

    public bool Warmup { get; } = warmup;

    public RequestCounts Counts { get; private set; }

    public long[] Outcomes { get; } = new long[Enum.GetValues<OutcomeKind>().Length];

    public SortedDictionary<int, long> Statuses { get; } = [];

    public BucketCounts Response { get; } = new(buckets);

    public BucketCounts Service { get; } = new(buckets);

    public BucketCounts SchedulerLag { get; } = new(buckets);

    /// <summary>Adds what <paramref name="metrics"/> counted since <paramref name="cursor"/> last saw it, and moves the cursor.</summary>
    public void AddSince(MetricsCursor cursor, RunMetrics metrics)
    {
        var now = metrics.Counts;
        Counts = Counts.Plus(now.Plus(cursor.Counts, sign: -1));
        cursor.Counts = now;
        for (var i = 0; i < Outcomes.Length; i++)
        {
            Outcomes[i] += MetricsCursor.Advance(ref cursor.Outcomes[i], metrics.Count((OutcomeKind)i));
        }

        foreach (var (status, count) in metrics.StatusCounts())
        {
            var seen = cursor.Statuses.GetValueOrDefault(status);
            cursor.Statuses[status] = count;
            if (count > seen)
            {
                Statuses[status] = Statuses.GetValueOrDefault(status) + (count - seen);
            }
        }
    }
}
