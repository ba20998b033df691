namespace Harness.Load.Phases;

/// <summary>
/// A stretch of an open phase whose arrival rate moves linearly from <see cref="FromPerSecond"/> to
/// <see cref="ToPerSecond"/> (equal for a constant rate). A spike is up to five of them.
/// </summary>
internal readonly record struct RateSegment(TimeSpan Duration, double FromPerSecond, double ToPerSecond)
{
    /// <summary>The arrivals the segment plans: the integral of its rate.</summary>
    public double Arrivals => (FromPerSecond + ToPerSecond) / 2 * Duration.TotalSeconds;

    /// <summary>A constant rate for a while.</summary>
    public static RateSegment Constant(TimeSpan duration, double perSecond) => new(duration, perSecond, perSecond);

    /// <summary>The rate at <paramref name="offset"/> from the segment's start.</summary>
    public double RateAt(TimeSpan offset) =>
        Duration <= TimeSpan.Zero ? ToPerSecond : FromPerSecond + ((ToPerSecond - FromPerSecond) * Math.Clamp(offset / Duration, 0, 1));

    /// <summary>The first <paramref name="length"/> of the segment.</summary>
    public RateSegment Cut(TimeSpan length) => new(length, FromPerSecond, RateAt(length));
}
