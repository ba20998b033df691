using HdrHistogram;

namespace Harness.Telemetry;

/// <summary>
/// A Prometheus histogram's state: counts per bucket (not cumulative: one per bound plus +Inf), the
/// sum in microseconds and the count. Filled from HDR histograms, so nothing is recorded twice.
/// Not thread-safe: its owner locks.
/// </summary>
public sealed class BucketCounts
{
    private readonly long[] _counts;

    public BucketCounts(LatencyBuckets buckets)
    {
        Buckets = buckets;
        _counts = new long[buckets.Bounds.Count + 1];
    }

    public LatencyBuckets Buckets { get; }

    public long Count { get; private set; }

    public double SumMicroseconds { get; private set; }

    /// <summary>Adds every value of <paramref name="histogram"/> (microseconds) to its bucket.</summary>
    public void Add(HistogramBase histogram)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        if (histogram.TotalCount == 0)
        {
            return;
        }

        foreach (var step in histogram.RecordedValues())
        {
            var count = step.CountAddedInThisIterationStep;
            // HDR groups values in sub-buckets: the lowest equivalent value is the recorded one, rounded down.
            var value = histogram.LowestEquivalentValue(step.ValueIteratedTo);
            _counts[Buckets.IndexOf(value)] += count;
            Count += count;
            SumMicroseconds += histogram.MedianEquivalentValue(step.ValueIteratedTo) * (double)count;
        }
    }

    /// <summary>Cumulative counts, one per <see cref="LatencyBuckets.Labels"/> entry (the last is the total).</summary>
    public long[] Cumulative()
    {
        var cumulative = new long[_counts.Length];
        long running = 0;
        for (var i = 0; i < _counts.Length; i++)
        {
            running += _counts[i];
            cumulative[i] = running;
        }

        return cumulative;
    }
}
