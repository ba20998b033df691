using Harness.Load.Phases;


namespace Harness.Load.Sharding;

/// <summary>
/// Keeps phases in step across agents: the first begins at the common start time, and each next one
/// at its planned offset from it, whichever agent finished the previous phase first (an open phase
/// ends with its last arrival, which differs between shards by up to n-1 arrival gaps).
/// </summary>
internal static class PhaseAlignment
{
    /// <summary>
    /// Waits until <paramref name="startAt"/> and returns the clock timestamp it corresponds to (in the
    /// past when the agent was started late), or null when no start time was given.
    /// </summary>
    public static async Task<long?> WaitForStartAsync(DateTimeOffset? startAt, TimeProvider clock, CancellationToken token)
    {
        if (startAt is not { } at)
        {
            return null;
        }

        var left = at - clock.GetUtcNow();
        if (left > TimeSpan.Zero)
        {
            await Task.Delay(left, clock, token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            // Timers may fire a little early: never begin before the agreed time.
            while (!token.IsCancellationRequested && clock.GetUtcNow() < at)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(1), clock, token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }

        var behind = clock.GetUtcNow() - at;
        return clock.GetTimestamp() - (long)(behind.TotalSeconds * clock.TimestampFrequency);
    }

    /// <summary>
    /// Waits until phase <paramref name="index"/>'s planned end, counted from <paramref name="origin"/>.
    /// After an iterations phase (its length depends on the target) there is nothing to keep in step with.
    /// </summary>
    public static async Task WaitForPlannedEndAsync(long origin, IReadOnlyList<Phase> phases, int index, TimeProvider clock, CancellationToken token)
    {
        var offset = TimeSpan.Zero;
        for (var i = 0; i <= index; i++)
        {
            if (phases[i] is IterationsPhase || phases[i].PlannedDuration is not { } planned)
            {
                return;
            }

            offset += planned;
        }

        var end = origin + (long)(offset.TotalSeconds * clock.TimestampFrequency);
        var left = clock.GetElapsedTime(clock.GetTimestamp(), end);
        if (left > TimeSpan.Zero)
        {
            await Task.Delay(left, clock, token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>How much later than the agreed time the phases began (zero when on time or none was agreed).</summary>
    public static TimeSpan LateBy(DateTimeOffset? startAt, DateTimeOffset started) =>
        startAt is { } at && started > at ? started - at : TimeSpan.Zero;
}
