using Harness.Load.Records;

namespace Harness.Load.Telemetry;

/// <summary>
/// What the live page shows after each interval: the same interval row the console prints, the
/// rates (target, sent, achieved), the run's outcome totals, and the self-check as it stands.
/// </summary>
/// <param name="Interval">The interval's timeline row (the console's interval line).</param>
/// <param name="TargetPerSecond">The open phase's planned rate for this agent at the interval's end; null for closed phases.</param>
/// <param name="SentPerSecond">Requests sent in the interval, per second.</param>
/// <param name="AchievedPerSecond">Answers completed in the interval, per second.</param>
/// <param name="Outcomes">Measured outcomes so far, by name (accepted, timeout...).</param>
/// <param name="SchedulerLagP99Ms">The dispatcher's wake-up lag in the interval (p99).</param>
/// <param name="SelfCheckProblems">Why this interval's numbers may understate the target (empty when none).</param>
internal sealed record LiveState(
    TimelineRow Interval,
    double? TargetPerSecond,
    double SentPerSecond,
    double AchievedPerSecond,
    IReadOnlyDictionary<string, long> Outcomes,
    double SchedulerLagP99Ms,
    IReadOnlyList<string> SelfCheckProblems);
