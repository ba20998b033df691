using Harness.Load.Workload;

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
    bool BelowTarget);
