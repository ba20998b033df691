namespace Harness.Load.Records;

/// <summary>What the live view shows after each interval: the interval's row and the run's totals so far.</summary>
internal sealed record ProgressSnapshot(
    TimelineRow Interval,
    TimeSpan Elapsed,
    long TotalSent,
    long TotalCompleted,
    long TotalAccepted,
    long TotalErrors,
    long TotalDropped);
