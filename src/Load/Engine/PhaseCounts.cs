using Harness.Load.Measurement;

namespace Harness.Load.Engine;

/// <summary>A phase's counters at one moment, so a phase's own numbers are the difference of two.</summary>
internal readonly record struct PhaseCounts(long Scheduled, long Sent, long Dropped, long Late)
{
    public static PhaseCounts Of(RunMetrics metrics) => new(metrics.Scheduled, metrics.Sent, metrics.Dropped, metrics.Late);
}
