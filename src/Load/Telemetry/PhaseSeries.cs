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

    public long Scheduled { get; set; }

    public long Sent { get; set; }

    public long Dropped { get; set; }

    public long Late { get; set; }

    public long BytesIn { get; set; }

    public long BytesOut { get; set; }

    public long[] Outcomes { get; } = new long[Enum.GetValues<OutcomeKind>().Length];

    public SortedDictionary<int, long> Statuses { get; } = [];

    public BucketCounts Response { get; } = new(buckets);

    public BucketCounts Service { get; } = new(buckets);

    public BucketCounts SchedulerLag { get; } = new(buckets);

    /// <summary>Adds what <paramref name="metrics"/> counted since <paramref name="cursor"/> last saw it, and moves the cursor.</summary>
    public void AddSince(MetricsCursor cursor, RunMetrics metrics)
    {
        Scheduled += MetricsCursor.Advance(ref cursor.Scheduled, metrics.Scheduled);
        Sent += MetricsCursor.Advance(ref cursor.Sent, metrics.Sent);
        Dropped += MetricsCursor.Advance(ref cursor.Dropped, metrics.Dropped);
        Late += MetricsCursor.Advance(ref cursor.Late, metrics.Late);
        BytesIn += MetricsCursor.Advance(ref cursor.BytesIn, metrics.BytesIn);
        BytesOut += MetricsCursor.Advance(ref cursor.BytesOut, metrics.BytesOut);
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
