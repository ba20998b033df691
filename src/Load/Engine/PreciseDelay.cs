namespace Harness.Load.Engine;

/// <summary>
/// Waits until a timestamp without oversleeping. Timers fire on a coarse clock (a millisecond or more
/// late, measured 2.3 ms at p50), and that lag would be charged to the target as response time; so
/// the wait sleeps only to within <see cref="SpinWindow"/> of the time, then spins (yielding the core
/// to other threads) for the rest.
/// </summary>
internal static class PreciseDelay
{
    /// <summary>How close to the intended time a timer sleep may bring the wait; the rest is spun.</summary>
    public static readonly TimeSpan SpinWindow = TimeSpan.FromMilliseconds(2);

    /// <summary>Returns at <paramref name="until"/> or just after it, or at once when <paramref name="token"/> is cancelled.</summary>
    public static async ValueTask UntilAsync(long until, TimeProvider clock, CancellationToken token)
    {
        // Spinning needs a clock that moves by itself; a test's fake clock only moves when told, so it only sleeps.
        var spin = ReferenceEquals(clock, TimeProvider.System);
        var window = spin ? (long)(SpinWindow.TotalSeconds * clock.TimestampFrequency) : 0;
        while (!token.IsCancellationRequested)
        {
            var left = until - clock.GetTimestamp();
            if (left <= 0)
            {
                return;
            }

            var sleepTicks = left - window;
            var sleepMs = spin ? Math.Floor(sleepTicks * 1000.0 / clock.TimestampFrequency) : Math.Ceiling(sleepTicks * 1000.0 / clock.TimestampFrequency);
            if (sleepMs >= 1)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(sleepMs), clock, token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                continue;
            }

            var spinner = default(SpinWait);
            while (clock.GetTimestamp() < until && !token.IsCancellationRequested)
            {
                spinner.SpinOnce(sleep1Threshold: -1);
            }

            return;
        }
    }
}
