namespace Harness.Load.Workload;

/// <summary>
/// A stretch of an open phase whose arrival rate moves linearly from <see cref="FromPerSecond"/> to
/// <see cref="ToPerSecond"/> (equal for a constant rate). A spike is three segments.
/// </summary>
public readonly record struct RateSegment(TimeSpan Duration, double FromPerSecond, double ToPerSecond)
{
    /// <summary>A constant rate for a while.</summary>
    public static RateSegment Constant(TimeSpan duration, double perSecond) => new(duration, perSecond, perSecond);
}
