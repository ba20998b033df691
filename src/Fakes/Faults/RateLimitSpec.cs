using System.Globalization;

namespace Harness.Fakes.Faults;

/// <summary>
/// A per-key token bucket: <see cref="PerSecond"/> tokens refill each second, up to
/// <see cref="Burst"/> held. Parsed from <c>N</c>, <c>N/s</c> or <c>N/s,burst=B</c> (burst defaults to N).
/// </summary>
public sealed class RateLimitSpec
{
    /// <summary>A limit of <paramref name="perSecond"/>, with a burst of the same size unless given; both at least 1.</summary>
    public RateLimitSpec(int perSecond, int? burst = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(perSecond, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(burst ?? perSecond, 1, nameof(burst));
        PerSecond = perSecond;
        Burst = burst ?? perSecond;
    }

    /// <summary>Requests per second each key may make on average; the 429 message names it.</summary>
    public int PerSecond { get; }

    /// <summary>How many requests a key may make at once after being idle.</summary>
    public int Burst { get; }

    /// <summary>Parses <c>N[/s][,burst=B]</c>; on failure <paramref name="problem"/> says why.</summary>
    public static bool TryParse(string? text, out RateLimitSpec? spec, out string? problem)
    {
        var parts = (text ?? string.Empty).Split(',', StringSplitOptions.TrimEntries);
        var rate = parts[0].EndsWith("/s", StringComparison.OrdinalIgnoreCase) ? parts[0][..^2] : parts[0];
        var burst = parts.Length == 2 ? parts[1].Split('=', StringSplitOptions.TrimEntries) : ["burst", rate];
        int perSecond = 0, size = 0;
        var valid = parts.Length <= 2 && WholeFromOne(rate, out perSecond)
            && burst.Length == 2 && burst[0].Equals("burst", StringComparison.OrdinalIgnoreCase) && WholeFromOne(burst[1], out size);
        spec = valid ? new(perSecond, size) : null;
        problem = valid ? null : $"'{text}' is not a rate limit; use N, N/s or N/s,burst=B with whole numbers from 1";
        return valid;
    }

    private static bool WholeFromOne(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= 1;

    public override string ToString() => Burst == PerSecond ? $"{PerSecond}/s" : $"{PerSecond}/s,burst={Burst}";
}
