using Harness.Load.Phases;


namespace Harness.Load.Results;

/// <summary>How one phase went: what it asked for and what it achieved.</summary>
public sealed record PhaseResult(
    string Name,
    PhaseKind Kind,
    bool Warmup,
    TimeSpan Planned,
    TimeSpan Actual,
    long Scheduled,
    long Sent,
    long Dropped,
    long Late,
    double? TargetPerSecond,
    double AchievedPerSecond,
    bool BelowTarget)
{
    /// <summary>
    /// Open phases: the arrivals the schedule drew for this agent (up to the stop when the run stopped
    /// early). achieved_rate is sent over these.
    /// </summary>
    public long? PlannedArrivals { get; init; }
}
