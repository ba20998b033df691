using System.Globalization;

namespace Harness.Fakes.Faults;

/// <summary>
/// A per-key token bucket: <see cref="PerSecond"/> tokens refill each second, up to
/// <see cref="Burst"/> held. Parsed from <c>N</c>, <c>N/s</c> or <c>N/s,burst=B</c> (burst defaults to N).
/// </summary>
public sealed class RateLimitSpec
{
    private RateLimitSpec(int perSecond, int burst)
    {
        PerSecond = perSecond;
        Burst = burst;
    }

    /// <summary>Requests per second each key may make on average; the 429 message names it.</summary>
    public int PerSecond { get; }

    /// <summary>How many requests a key may make at once after being idle.</summary>
    public int Burst { get; }

    /// <summary>A limit of <paramref name="perSecond"/>, with a burst of the same size unless given.</summary>
    public static RateLimitSpec Create(int perSecond, int? burst = null) =>
        perSecond >= 1 && (burst ?? perSecond) >= 1 ? new(perSecond, burst ?? perSecond)
        : throw new ArgumentOutOfRangeException(nameof(perSecond), "The rate and the burst must be at least 1.");

    /// <summary>Parses <c>N[/s][,burst=B]</c>; on failure <paramref name="problem"/> says why.</summary>
    public static bool TryParse(string? text, out RateLimitSpec? spec, out string? problem)
    {
        spec = null;
        problem = $"'{text}' is not a rate limit; use N, N/s or N/s,burst=B with whole numbers from 1";
        var parts = (text ?? string.Empty).Split(',', StringSplitOptions.TrimEntries);
        var rate = parts[0].EndsWith("/s", StringComparison.OrdinalIgnoreCase) ? parts[0][..^2] : parts[0];
        if (parts.Length > 2 || !int.TryParse(rate, NumberStyles.None, CultureInfo.InvariantCulture, out var perSecond) || perSecond < 1)
        {
            return false;
        }

        var burst = perSecond;
        if (parts.Length == 2)
        {
            var option = parts[1].Split('=', StringSplitOptions.TrimEntries);
            if (option.Length != 2 || !option[0].Equals("burst", StringComparison.OrdinalIgnoreCase)
                || !int.TryParse(option[1], NumberStyles.None, CultureInfo.InvariantCulture, out burst) || burst < 1)
            {
                return false;
            }
        }

        spec = new(perSecond, burst);
        problem = null;
        return true;
    }

    public override string ToString() => Burst == PerSecond ? $"{PerSecond}/s" : $"{PerSecond}/s,burst={Burst}";
}
