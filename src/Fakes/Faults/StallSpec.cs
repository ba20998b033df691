using Harness.Contract.Text;

namespace Harness.Fakes.Faults;

/// <summary>
/// Periodic stalls, like a stop-the-world GC pause: every <see cref="Every"/> since the receiver
/// started, all answers pause for <see cref="Pause"/>; a request arriving during a stall waits
/// until it ends. Parsed from <c>PAUSE/PERIOD</c>, e.g. <c>200ms/5s</c> ("200 ms every 5 s").
/// </summary>
public sealed class StallSpec
{
    /// <summary>A stall of <paramref name="pause"/> every <paramref name="every"/>; throws when the pause is not shorter than the period.</summary>
    public StallSpec(TimeSpan pause, TimeSpan every)
    {
        if (Problem(pause, every) is { } problem)
        {
            throw new ArgumentOutOfRangeException(nameof(pause), problem);
        }

        Pause = pause;
        Every = every;
    }

    /// <summary>How long each stall lasts.</summary>
    public TimeSpan Pause { get; }

    /// <summary>The time from one stall's start to the next; the first starts one period after the start.</summary>
    public TimeSpan Every { get; }

    /// <summary>Parses <c>PAUSE/PERIOD</c>; on failure <paramref name="problem"/> says why.</summary>
    public static bool TryParse(string? text, out StallSpec? spec, out string? problem)
    {
        spec = null;
        var parts = (text ?? string.Empty).Split('/', StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !DurationText.TryParse(parts[0], out var pause, out _) || !DurationText.TryParse(parts[1], out var every, out _))
        {
            problem = $"'{text}' is not a stall spec; use PAUSE/PERIOD, e.g. 200ms/5s (pause 200 ms every 5 s)";
            return false;
        }

        problem = Problem(pause, every) is { } why ? $"'{text}': {why}" : null;
        spec = problem is null ? new(pause, every) : null;
        return spec is not null;
    }

    /// <summary>
    /// How long an answer due <paramref name="sinceStart"/> after the start must still wait:
    /// zero outside a stall, the rest of the stall inside one.
    /// </summary>
    public TimeSpan RemainingAt(TimeSpan sinceStart)
    {
        if (sinceStart < Every)
        {
            return TimeSpan.Zero;
        }

        var phase = TimeSpan.FromTicks(sinceStart.Ticks % Every.Ticks);
        return phase < Pause ? Pause - phase : TimeSpan.Zero;
    }

    private static string? Problem(TimeSpan pause, TimeSpan every) =>
        pause > TimeSpan.Zero && pause < every ? null : "the pause must be above zero and shorter than the period";

    public override string ToString() => $"{DurationText.Format(Pause)}/{DurationText.Format(Every)}";
}
