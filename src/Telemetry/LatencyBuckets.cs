using System.Globalization;

namespace Harness.Telemetry;

/// <summary>
/// The upper bounds (microseconds) of the Prometheus latency histograms. Dense where HTTP answers
/// on a LAN fall (0.1 ms to 1 s, about 1.25-2x apart), sparse beyond, and every latency threshold
/// of the scenario added as a bound of its own, so <c>histogram_quantile</c> is exact at the line a
/// gate draws instead of interpolating across a wide bucket.
/// </summary>
public sealed class LatencyBuckets
{
    private static readonly long[] DefaultBoundsMicroseconds =
    [
        100, 200, 300, 400, 500, 750,
        1_000, 1_500, 2_000, 2_500, 3_000, 4_000, 5_000, 7_500,
        10_000, 15_000, 20_000, 25_000, 30_000, 40_000, 50_000, 75_000,
        100_000, 150_000, 200_000, 250_000, 300_000, 400_000, 500_000, 750_000,
        1_000_000, 1_500_000, 2_000_000, 3_000_000, 5_000_000, 10_000_000, 30_000_000, 60_000_000,
    ];

    private LatencyBuckets(long[] bounds)
    {
        Bounds = bounds;
        Labels = [.. bounds.Select(b => (b / 1_000_000.0).ToString("0.######", CultureInfo.InvariantCulture)), "+Inf"];
    }

    /// <summary>The default bounds alone.</summary>
    public static LatencyBuckets Default { get; } = new(DefaultBoundsMicroseconds);

    /// <summary>Upper bounds in microseconds, ascending, without +Inf.</summary>
    public IReadOnlyList<long> Bounds { get; }

    /// <summary>The <c>le</c> label of each bucket in seconds, ending with <c>+Inf</c>.</summary>
    internal IReadOnlyList<string> Labels { get; }

    /// <summary>The default bounds plus these (e.g. the thresholds' milliseconds as microseconds).</summary>
    public static LatencyBuckets With(IEnumerable<long> extraMicroseconds) =>
        new([.. DefaultBoundsMicroseconds.Concat(extraMicroseconds.Where(b => b > 0 && b <= 3_600_000_000)).Distinct().Order()]);

    /// <summary>Index of the first bucket whose bound is at least <paramref name="microseconds"/> (Bounds.Count for +Inf).</summary>
    public int IndexOf(long microseconds)
    {
        var bounds = (long[])Bounds;
        var i = Array.BinarySearch(bounds, microseconds);
        return i >= 0 ? i : ~i;
    }
}
