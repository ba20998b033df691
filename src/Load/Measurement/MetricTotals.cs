using HdrHistogram;

namespace Harness.Load.Measurement;

/// <summary>
/// The whole-run histograms of one <see cref="RunMetrics"/>, built by adding interval histograms,
/// and the last counts seen, so each interval reports its own deltas.
/// </summary>
internal sealed class MetricTotals
{
    public LongHistogram Response { get; } = LatencyHistograms.Create();

    public LongHistogram Service { get; } = LatencyHistograms.Create();

    public LongHistogram SchedulerLag { get; } = LatencyHistograms.Create();

    public LongHistogram Failed { get; } = LatencyHistograms.Create();

    public HistogramBase? LastFailed { get; set; }

    public HistogramBase? LastResponse { get; set; }

    public HistogramBase? LastService { get; set; }

    public HistogramBase? LastLag { get; set; }

    public long LastSent { get; set; }

    public long LastCompleted { get; set; }

    public long LastErrors { get; set; }

    public long LastDropped { get; set; }

    public long LastLate { get; set; }

    /// <summary>Intervals measured, and those in which this process used (nearly) every core.</summary>
    public int Intervals { get; set; }

    public int CpuSaturatedIntervals { get; set; }
}
