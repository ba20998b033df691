namespace Harness.Load.Telemetry;

/// <summary>The counts of one <see cref="Measurement.RunMetrics"/> as last seen, so each interval adds only its own deltas.</summary>
internal sealed class MetricsCursor
{
    public Measurement.RequestCounts Counts;
    public readonly long[] Outcomes = new long[Enum.GetValues<Measurement.OutcomeKind>().Length];
    public readonly Dictionary<int, long> Statuses = [];

    /// <summary>Returns how far <paramref name="now"/> is past <paramref name="seen"/>, and remembers it.</summary>
    public static long Advance(ref long seen, long now)
    {
        var delta = now - seen;
        seen = now;
        return delta;
    }
}
