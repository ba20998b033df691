using System.Globalization;
using Harness.Load.Scenarios;
using Harness.Load.Thresholds;

namespace Harness.Reports.Baselines;

/// <summary>
/// Reads <c>--max-regression p99=10%,throughput=5%</c>. Metric names are the threshold language's
/// (the metric table's, where <c>throughput</c> is an alias of <c>rps</c>).
/// </summary>
internal static class RegressionLimits
{
    public const string Default = "p99=10%,throughput=5%";

    public static bool TryParse(string text, out IReadOnlyList<RegressionLimit> limits, out ThresholdSyntaxError? error)
    {
        var list = new List<RegressionLimit>();
        limits = list;
        error = null;
        var position = 0;
        foreach (var part in text.Split(','))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                error = new(text, position + part.Length, "expected '=' and a percentage", "e.g. p99=10%,throughput=5%");
                return false;
            }

            var key = part[..equals].Trim();
            var keyAt = position + part.IndexOf(key, StringComparison.Ordinal);
            if (Metric(key) is not { } metric || !metric.Definition.ComparableWithBaseline)
            {
                error = new(text, keyAt, $"'{key}' cannot be compared with a baseline",
                    "latencies (p50, p99, p99.9, max, mean, service.p99), throughput (rps) and error_rate can");
                return false;
            }

            var value = part[(equals + 1)..].Trim().TrimEnd('%');
            // double.TryParse takes "NaN" and "Infinity" whatever the style: a limit must be a finite percentage.
            if (!double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percent) || !double.IsFinite(percent) || percent > 1_000_000)
            {
                error = new(text, position + equals + 1, $"expected a percentage after '{key}='", "e.g. p99=10%");
                return false;
            }

            list.Add(new RegressionLimit(key, metric, percent));
            position += part.Length + 1;
        }

        return true;
    }

    // The metric names are the parser's (the metric table's): a throw-away comparison lets it read the name.
    internal static ThresholdMetric? Metric(string key) =>
        ThresholdExpression.TryParse(key + " < 1ms", out var latency, out _) ? latency.Metric
            : ThresholdExpression.TryParse(key + " < 1", out var other, out _) ? other.Metric
            : null;
}
