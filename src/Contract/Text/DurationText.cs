using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Harness.Contract.Text;

/// <summary>
/// The one duration syntax of the harness (scenarios, <c>--duration</c>, <c>--start-at +10s</c>, the
/// fake's <c>--latency</c> and <c>--stall</c>): a number and a unit (<c>250us</c>, <c>500ms</c>,
/// <c>30s</c>, <c>2m</c>, <c>1h</c>, <c>1.5s</c>), or several in decreasing order (<c>1m30s</c>).
/// A unit is required, so that <c>5</c> is never silently read as seconds or milliseconds.
/// </summary>
public static class DurationText
{
    private static readonly (string Unit, TimeSpan Size)[] Units =
    [
        ("h", TimeSpan.FromHours(1)),
        ("m", TimeSpan.FromMinutes(1)),
        ("s", TimeSpan.FromSeconds(1)),
        ("ms", TimeSpan.FromMilliseconds(1)),
        ("us", TimeSpan.FromMicroseconds(1)),
    ];

    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="error"/> says what is wrong.</summary>
    public static bool TryParse(string? text, out TimeSpan value, [NotNullWhen(false)] out string? error)
    {
        value = TimeSpan.Zero;
        text = text?.Trim();
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "a duration is required, e.g. '30s', '2m', '500ms', '1h'";
            return false;
        }
        var position = 0;
        var lastUnit = -1;
        var totalTicks = 0m;
        while (position < text.Length)
        {
            var numberStart = position;
            while (position < text.Length && (char.IsAsciiDigit(text[position]) || text[position] == '.'))
            {
                position++;
            }
            if (!decimal.TryParse(text.AsSpan(numberStart, position - numberStart), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            {
                error = $"'{text}' is not a duration: expected a number at character {numberStart + 1}, e.g. '30s'";
                return false;
            }
            var unitStart = position;
            while (position < text.Length && char.IsAsciiLetter(text[position]))
            {
                position++;
            }
            var unit = text[unitStart..position];
            var index = Array.FindIndex(Units, u => u.Unit == unit);
            if (index < 0)
            {
                error = unit.Length == 0
                    ? $"'{text}' needs a unit after {number}: us, ms, s, m or h"
                    : $"'{text}' has unknown unit '{unit}': use us, ms, s, m or h";
                return false;
            }
            if (index <= lastUnit)
            {
                error = $"'{text}': units must go from larger to smaller, each once (e.g. '1m30s')";
                return false;
            }
            lastUnit = index;

            // Checked before multiplying: 99999999999999999999h overflows even a decimal.
            if (number > (TimeSpan.MaxValue.Ticks - totalTicks) / Units[index].Size.Ticks)
            {
                error = $"'{text}' is too long";
                return false;
            }

            totalTicks += number * Units[index].Size.Ticks;
        }
        if (totalTicks > TimeSpan.MaxValue.Ticks)
        {
            error = $"'{text}' is too long";
            return false;
        }
        value = TimeSpan.FromTicks((long)totalTicks);
        error = null;
        return true;
    }

    /// <summary>
    /// The shortest text that parses back to <paramref name="value"/> (<c>1m30s</c>, <c>500ms</c>);
    /// sub-millisecond remainders are written as fractional milliseconds.
    /// </summary>
    public static string Format(TimeSpan value)
    {
        if (value == TimeSpan.Zero)
        {
            return "0s";
        }
        if (value < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(value), "durations are not negative");
        }
        var parts = new List<string>();
        var rest = value;
        foreach (var (unit, size) in Units)
        {
            if (unit == "ms")
            {
                if (rest > TimeSpan.Zero)
                {
                    parts.Add((rest.Ticks / (decimal)size.Ticks).ToString(CultureInfo.InvariantCulture) + unit);
                }
                break;
            }
            var whole = rest.Ticks / size.Ticks;
            if (whole > 0)
            {
                parts.Add(whole.ToString(CultureInfo.InvariantCulture) + unit);
                rest -= TimeSpan.FromTicks(whole * size.Ticks);
            }
        }
        return string.Concat(parts);
    }
}
