namespace Harness.Load.Scheduling;

/// <summary>The number of active virtual users of a closed phase at a point of its run (linear ramp).</summary>
internal static class ConcurrencySchedule
{
    public static int UsersAt(int from, int to, TimeSpan duration, TimeSpan elapsed)
    {
        if (elapsed >= duration || duration <= TimeSpan.Zero)
        {
            return to;
        }

        var fraction = Math.Max(0, elapsed / duration);
        return (int)Math.Round(from + ((to - from) * fraction), MidpointRounding.AwayFromZero);
    }
}
