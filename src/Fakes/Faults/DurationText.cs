using System.Globalization;

namespace Harness.Fakes.Faults;

/// <summary>
/// Reads the durations of fault specs: a number with a unit, <c>250us</c>, <c>5ms</c>, <c>1.5s</c>,
/// <c>2m</c>. A unit is required so that <c>5</c> is never silently read as seconds or milliseconds.
/// </summary>
internal static class DurationText
{
    private static readonly (string Unit, double TicksPerUnit)[] Units =
    [
        ("us", TimeSpan.TicksPerMillisecond / 1000.0),
        ("ms", TimeSpan.TicksPerMillisecond),
        ("s", TimeSpan.TicksPerSecond),
        ("m", TimeSpan.TicksPerMinute),
    ];

    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = default;
        text = text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        foreach (var (unit, ticksPerUnit) in Units)
        {
            // "ms" must win over "s" and "m": only accept when the rest is a plain number.
            if (!text.EndsWith(unit, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var number = text[..^unit.Length].Trim();
            if (number.Length > 0 && char.IsAsciiDigit(number[^1])
                && double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                && value * ticksPerUnit <= TimeSpan.MaxValue.Ticks)
            {
                duration = TimeSpan.FromTicks((long)Math.Round(value * ticksPerUnit));
                return true;
            }
        }

        return false;
    }

    /// <summary>A compact form for messages and the start banner: <c>5ms</c>, <c>1.5s</c>.</summary>
    public static string Format(TimeSpan duration) =>
        duration.Ticks % TimeSpan.TicksPerSecond == 0 && duration >= TimeSpan.FromSeconds(1)
            ? string.Create(CultureInfo.InvariantCulture, $"{duration.TotalSeconds}s")
            : string.Create(CultureInfo.InvariantCulture, $"{duration.TotalMilliseconds}ms");
}
