using Harness.Contract.Text;

namespace Harness.Fakes.Faults;

/// <summary>
/// How long the fake waits before each answer. Parsed from a small spec string:
/// <c>fixed:5ms</c>, <c>uniform:1ms..20ms</c>, <c>exp:10ms</c> (mean), <c>normal:mean=10ms,sd=2ms</c>,
/// <c>lognormal:median=5ms,p99=50ms</c>. Samples are clipped to 0..<see cref="MaxDelay"/>.
/// </summary>
public sealed class LatencySpec
{
    /// <summary>No sample is longer than this, so a heavy tail cannot hang a client for hours.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(1);

    // z of the 99th percentile of the standard normal distribution.
    private const double Z99 = 2.3263478740408408;

    private LatencySpec(LatencyKind kind, TimeSpan first, TimeSpan second, string text)
    {
        Kind = kind;
        First = first;
        Second = second;
        _text = text;
    }

    private readonly string _text;

    public LatencyKind Kind { get; }

    /// <summary>Fixed: the delay; uniform: the minimum; exp/normal: the mean; lognormal: the median.</summary>
    public TimeSpan First { get; }

    /// <summary>Uniform: the maximum; normal: the standard deviation; lognormal: the 99th percentile; otherwise zero.</summary>
    public TimeSpan Second { get; }

    /// <summary>A constant delay.</summary>
    public static LatencySpec Fixed(TimeSpan delay) => new(LatencyKind.Fixed, delay, TimeSpan.Zero, $"fixed:{DurationText.Format(delay)}");

    /// <summary>Parses a spec string; on failure <paramref name="problem"/> says what is wrong and what would be right.</summary>
    public static bool TryParse(string? text, out LatencySpec? spec, out string? problem)
    {
        spec = null;
        problem = null;
        var trimmed = text?.Trim() ?? string.Empty;
        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        var kind = colon < 0 ? string.Empty : trimmed[..colon].Trim().ToLowerInvariant();
        var body = colon < 0 ? string.Empty : trimmed[(colon + 1)..].Trim();
        spec = kind switch
        {
            "fixed" => One(LatencyKind.Fixed, body, trimmed),
            "uniform" => Range(body, trimmed),
            "exp" or "exponential" => One(LatencyKind.Exponential, body, trimmed),
            "normal" => Pair(LatencyKind.Normal, body, "mean", "sd", trimmed),
            "lognormal" => Pair(LatencyKind.LogNormal, body, "median", "p99", trimmed),
            _ => null,
        };
        if (spec is null)
        {
            problem = $"'{text}' is not a latency spec; use fixed:5ms, uniform:1ms..20ms, exp:10ms, " +
                      "normal:mean=10ms,sd=2ms or lognormal:median=5ms,p99=50ms (units us, ms, s, m, h)";
            return false;
        }

        problem = spec.Kind switch
        {
            LatencyKind.Uniform when spec.Second < spec.First => $"'{text}': the maximum is below the minimum",
            LatencyKind.LogNormal when spec.First <= TimeSpan.Zero => $"'{text}': the median must be above zero",
            LatencyKind.LogNormal when spec.Second < spec.First => $"'{text}': p99 must be at least the median",
            _ when spec.First > MaxDelay || spec.Second > MaxDelay => $"'{text}': delays are limited to {DurationText.Format(MaxDelay)}",
            _ => null,
        };
        if (problem is not null)
        {
            spec = null;
        }

        return spec is not null;
    }

    /// <summary>Draws one delay. The random source is the caller's so runs can be seeded.</summary>
    public TimeSpan Sample(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        double ticks = Kind switch
        {
            LatencyKind.Fixed => First.Ticks,
            LatencyKind.Uniform => First.Ticks + (random.NextDouble() * (Second.Ticks - First.Ticks)),
            LatencyKind.Exponential => -First.Ticks * Math.Log(1 - random.NextDouble()),
            LatencyKind.Normal => First.Ticks + (Second.Ticks * StandardNormal(random)),
            _ => Math.Exp(Math.Log(First.Ticks) + (Sigma * StandardNormal(random))),
        };
        return TimeSpan.FromTicks((long)Math.Clamp(ticks, 0, MaxDelay.Ticks));
    }

    private double Sigma => (Math.Log(Second.Ticks) - Math.Log(First.Ticks)) / Z99;

    public override string ToString() => _text;

    // Box-Muller: two uniforms give one standard normal draw.
    private static double StandardNormal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static LatencySpec? One(LatencyKind kind, string body, string text) =>
        DurationText.TryParse(body, out var value, out _) ? new(kind, value, TimeSpan.Zero, text) : null;

    private static LatencySpec? Range(string body, string text)
    {
        var parts = body.Split("..", StringSplitOptions.TrimEntries);
        return parts.Length == 2 && DurationText.TryParse(parts[0], out var min, out _) && DurationText.TryParse(parts[1], out var max, out _)
            ? new(LatencyKind.Uniform, min, max, text) : null;
    }

    private static LatencySpec? Pair(LatencyKind kind, string body, string firstName, string secondName, string text)
    {
        TimeSpan? first = null, second = null;
        foreach (var part in body.Split(',', StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0 || !DurationText.TryParse(part[(equals + 1)..], out var value, out _))
            {
                return null;
            }

            var name = part[..equals].Trim();
            if (name.Equals(firstName, StringComparison.OrdinalIgnoreCase))
            {
                first = value;
            }
            else if (name.Equals(secondName, StringComparison.OrdinalIgnoreCase))
            {
                second = value;
            }
            else
            {
                return null;
            }
        }

        return first is { } a && second is { } b ? new(kind, a, b, text) : null;
    }
}
