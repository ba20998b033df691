namespace Harness.Fakes.Store;

/// <summary>
/// The wall-clock time of a <see cref="TimeProvider"/> timestamp, for the times the store and the
/// recent list show. The handler reads a timestamp per request anyway (its handling time); this
/// turns it into a date from a (wall time, timestamp) anchor that is read again once the
/// timestamp is a second or more away from it, so the wall clock is not read per request and a
/// shown time is never more than a second's drift between the two clocks off what
/// <see cref="TimeProvider.GetUtcNow"/> would have said (exact with a fake provider, whose two clocks move together).
/// </summary>
internal sealed class WallClock
{
    private readonly TimeProvider _time;
    private readonly long _reanchorAfter;
    private readonly double _ticksPerTimestamp;
    private Anchor _anchor;

    public WallClock(TimeProvider time)
    {
        _time = time;
        _reanchorAfter = time.TimestampFrequency;
        _ticksPerTimestamp = (double)TimeSpan.TicksPerSecond / time.TimestampFrequency;
        _anchor = Read();
    }

    /// <summary>The wall-clock time at <paramref name="timestamp"/> (from <see cref="TimeProvider.GetTimestamp"/> of the same provider).</summary>
    public DateTimeOffset At(long timestamp)
    {
        var anchor = Volatile.Read(ref _anchor);
        if (Math.Abs(timestamp - anchor.Timestamp) >= _reanchorAfter)
        {
            anchor = Read();
            Volatile.Write(ref _anchor, anchor);
        }

        return anchor.Wall.AddTicks((long)((timestamp - anchor.Timestamp) * _ticksPerTimestamp));
    }

    private Anchor Read()
    {
        var timestamp = _time.GetTimestamp();
        return new Anchor(_time.GetUtcNow(), timestamp);
    }

    private sealed record Anchor(DateTimeOffset Wall, long Timestamp);
}
