using HdrHistogram;
using Harness.Fakes.Store;
using Harness.Telemetry;

namespace Harness.Fakes.Telemetry;

/// <summary>
/// An HDR histogram of microseconds split in <see cref="ProcessorStripes"/>, each a plain
/// histogram behind its own lock (one concurrent histogram's phaser and counts were written by
/// every core on every request). The locks are <see cref="Lock"/>s: entering one stays in managed
/// code, where an object's monitor called into the runtime twice per record (a profile put that at
/// half of recording's cost). Readers take the stripes one at a time; the Prometheus scrape
/// adds them straight into its buckets, copying nothing. While asked to, each stripe also keeps the values
/// since the last <see cref="TakePending"/> in a second histogram, for replay into an instrument.
/// </summary>
internal sealed class StripedHistogram
{
    private const long Lowest = 1;
    private const int Digits = 3;

    private readonly Stripe[] _stripes;

    public StripedHistogram(long highest)
    {
        Highest = highest;
        _stripes = new Stripe[ProcessorStripes.Count];
        for (var i = 0; i < _stripes.Length; i++)
        {
            _stripes[i] = new Stripe(new LongHistogram(Lowest, highest, Digits));
        }
    }

    public long Highest { get; }

    /// <summary>Records a value, clamped into the trackable range; also as pending when <paramref name="pending"/>.</summary>
    public void Record(long microseconds, bool pending)
    {
        var value = Math.Clamp(microseconds, Lowest, Highest);
        var stripe = _stripes[ProcessorStripes.Current(_stripes.Length)];
        lock (stripe.Gate)
        {
            stripe.Histogram.RecordValue(value);
            if (pending)
            {
                (stripe.Pending ??= new LongHistogram(Lowest, Highest, Digits)).RecordValue(value);
            }
        }
    }

    /// <summary>True once a value has been recorded as pending (the pending histograms exist from then on).</summary>
    public bool KeepsPending => Array.Exists(_stripes, s => s.Pending is not null);

    /// <summary>Moves the values recorded as pending since the last call into <paramref name="into"/>.</summary>
    public void TakePending(HistogramBase into)
    {
        ArgumentNullException.ThrowIfNull(into);
        foreach (var stripe in _stripes)
        {
            lock (stripe.Gate)
            {
                if (stripe.Pending is { TotalCount: > 0 } pending)
                {
                    into.Add(pending);
                    pending.Reset();
                }
            }
        }
    }

    /// <summary>Every stripe added into one new histogram.</summary>
    public HistogramBase Merged()
    {
        var merged = new LongHistogram(Lowest, Highest, Digits);
        foreach (var stripe in _stripes)
        {
            lock (stripe.Gate)
            {
                merged.Add(stripe.Histogram);
            }
        }

        return merged;
    }

    /// <summary>Adds every stripe's values to <paramref name="buckets"/>, in place.</summary>
    public void AddTo(BucketCounts buckets)
    {
        foreach (var stripe in _stripes)
        {
            lock (stripe.Gate)
            {
                buckets.Add(stripe.Histogram);
            }
        }
    }

    public void Reset()
    {
        foreach (var stripe in _stripes)
        {
            lock (stripe.Gate)
            {
                stripe.Histogram.Reset();
                stripe.Pending?.Reset();
            }
        }
    }

    /// <summary>One stripe, padded so that two stripes' lock words and counts never share a cache line.</summary>
    private sealed class Stripe(LongHistogram histogram)
    {
        // Initialized in this order: the lock is allocated right after the stripe, then the padding
        // keeps the next stripe's histogram a few cache lines away from both.
        public Lock Gate { get; } = new();

        private readonly byte[] _padding = new byte[128];

        public LongHistogram Histogram { get; } = histogram;

        /// <summary>Values not yet replayed into the instrument; made the first time one is recorded.</summary>
        public LongHistogram? Pending { get; set; }
    }
}
