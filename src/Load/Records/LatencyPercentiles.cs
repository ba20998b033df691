using HdrHistogram;

namespace Harness.Load.Records;

/// <summary>The percentiles every summary shows, read from a microsecond histogram, in milliseconds.</summary>
internal static class LatencyPercentiles
{
    /// <summary>p50, p75, p90, p95, p99, p99.9, p99.99 (max is read apart).</summary>
    public static IReadOnlyList<double> Shown { get; } = [50, 75, 90, 95, 99, 99.9, 99.99];

    public static string Label(double percentile) => $"p{percentile.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    public static double Ms(HistogramBase histogram, double percentile) => histogram.TotalCount == 0 ? 0 : histogram.GetValueAtPercentile(percentile) / 1000.0;

    public static double MaxMs(HistogramBase histogram) => histogram.TotalCount == 0 ? 0 : histogram.GetMaxValue() / 1000.0;
}
