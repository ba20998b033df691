namespace Harness.Load.Measurement;

/// <summary>
/// A run's request counters, one list for the three places that keep them: a <see cref="MetricLane"/> (its
/// single writer bumps these fields in place), a telemetry cursor (the counts last seen) and a phase's series
/// (the counts so far). A struct of plain fields held inline, so a lane's per-request bump is still one field
/// at a fixed offset of the lane: no indirection, no interlocked operation.
/// </summary>
internal struct RequestCounts
{
    public long Scheduled;
    public long Sent;
    public long Dropped;
    public long Late;
    public long BytesIn;
    public long BytesOut;

    /// <summary>Reads each counter of <paramref name="counts"/> whole, while another thread may be writing them.</summary>
    public static RequestCounts ReadVolatile(ref RequestCounts counts) => new()
    {
        Scheduled = Volatile.Read(ref counts.Scheduled),
        Sent = Volatile.Read(ref counts.Sent),
        Dropped = Volatile.Read(ref counts.Dropped),
        Late = Volatile.Read(ref counts.Late),
        BytesIn = Volatile.Read(ref counts.BytesIn),
        BytesOut = Volatile.Read(ref counts.BytesOut),
    };

    /// <summary>These counts plus <paramref name="other"/>, counter by counter (<paramref name="sign"/> -1 subtracts).</summary>
    public readonly RequestCounts Plus(in RequestCounts other, int sign = 1) => new()
    {
        Scheduled = Scheduled + (sign * other.Scheduled),
        Sent = Sent + (sign * other.Sent),
        Dropped = Dropped + (sign * other.Dropped),
        Late = Late + (sign * other.Late),
        BytesIn = BytesIn + (sign * other.BytesIn),
        BytesOut = BytesOut + (sign * other.BytesOut),
    };
}
