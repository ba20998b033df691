namespace Harness.Load.Engine;

/// <summary>
/// Where the open-model dispatcher stands, as the running achieved_rate needs it: when its phase's clock
/// started, and until when the in-flight gate held it (every connection busy). A start it has not reached
/// yet, intended before that moment, is late because of the target (or too few connections); one intended
/// after it is late because of the generator itself (a timer firing late, a process starved of CPU or
/// still cold), which the self-check reports and achieved_rate does not charge.
/// </summary>
internal sealed class DispatchProgress
{
    private long _phaseStart = long.MinValue;
    private long _heldUntil = long.MinValue;

    /// <summary>The timestamp the current open phase's schedule counts from (long.MinValue before the first).</summary>
    public long PhaseStart => Volatile.Read(ref _phaseStart);

    /// <summary>A new open phase's clock starts: nothing of it has been held yet.</summary>
    public void Began(long timestamp)
    {
        Volatile.Write(ref _heldUntil, long.MinValue);
        Volatile.Write(ref _phaseStart, timestamp);
    }

    /// <summary>The dispatcher waits for a slot now.</summary>
    public void Holding() => Volatile.Write(ref _heldUntil, long.MaxValue);

    /// <summary>The dispatcher got a slot, or gave the start up, at <paramref name="timestamp"/>.</summary>
    public void Released(long timestamp) => Volatile.Write(ref _heldUntil, timestamp);

    /// <summary>Until when the gate has held the dispatcher in this phase, as seen at <paramref name="now"/> (long.MinValue: never).</summary>
    public long HeldUntil(long now)
    {
        var held = Volatile.Read(ref _heldUntil);
        return held == long.MaxValue ? now : held;
    }
}
