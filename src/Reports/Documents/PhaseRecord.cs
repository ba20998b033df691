namespace Harness.Reports.Documents;

/// <summary>One phase of a load run as run.json records it.</summary>
internal sealed record PhaseRecord(
    string Name, string Kind, bool Warmup, double PlannedSeconds, double ActualSeconds, long Scheduled, long Sent,
    long Dropped, long Late, double? TargetPerSecond, double AchievedPerSecond, bool BelowTarget)
{
    /// <summary>Open phases: the arrivals the schedule drew (up to the stop); absent in runs written before it was recorded.</summary>
    public long? PlannedArrivals { get; init; }
}
