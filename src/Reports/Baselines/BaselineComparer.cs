using System.Globalization;
using Harness.Load.Scenarios;
using Harness.Load.Records;
using Harness.Load.Thresholds;
using Harness.Reports.Thresholds;

namespace Harness.Reports.Baselines;

/// <summary>
/// Compares a load run with a baseline run metric by metric. Both sides are read from their own
/// decoded histograms and counts, so a percentile is always a percentile of the whole run.
/// </summary>
internal static class BaselineComparer
{
    private static readonly string[] Shown = ["p50", "p90", "p99", "p99.9", "max", "service.p99", "rps", "error_rate"];

    public static IReadOnlyList<RegressionRow> Compare(LoadRunRecord baseline, LoadRunRecord run, IReadOnlyList<RegressionLimit> limits)
    {
        var keys = Shown.Where(k => !limits.Any(l => Same(l.Metric, RegressionLimits.Metric(k)!)))
            .Select(k => (Key: k, Metric: RegressionLimits.Metric(k)!, Limit: (RegressionLimit?)null))
            .Concat(limits.Select(l => (Key: l.Metric.ToString(), l.Metric, Limit: (RegressionLimit?)l)))
            .OrderBy(k => Array.IndexOf(Shown, k.Key) is var i and >= 0 ? i : Shown.Length)
            .ToArray();
        return keys.Select(k => Row(baseline, run, k.Metric, k.Limit)).ToArray();
    }

    /// <summary>
    /// Why <paramref name="run"/> cannot be compared with <paramref name="baseline"/> (null: it can): another scenario,
    /// or measured phases of other kinds or target rates. Percentiles at 50/s say nothing about a run at 200/s.
    /// </summary>
    public static string? Incomparable(LoadRunRecord baseline, LoadRunRecord run)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(run);
        if (!string.Equals(baseline.Name, run.Name, StringComparison.Ordinal))
        {
            return $"it is a run of scenario '{baseline.Name}', this one of '{run.Name}'";
        }

        string Shape(LoadRunRecord r) => string.Join(", ", r.Phases.Where(p => !p.Warmup).Select(p =>
            p.TargetPerSecond is { } rate ? Figure.Text(rate) + "/s" : p.Kind.ToString().ToLowerInvariant()));
        var (before, after) = (Shape(baseline), Shape(run));
        return before == after ? null : $"its measured phases ran at {before}, this run's at {after}";
    }

    private static RegressionRow Row(LoadRunRecord baseline, LoadRunRecord run, ThresholdMetric metric, RegressionLimit? limit)
    {
        var before = baseline.Value(metric);
        var after = run.Value(metric);
        var name = metric.ToString();
        if (before is not { } b || after is not { } a)
        {
            // A limit asked for on a metric one side lacks (no answers, no open phase) cannot hold: it fails, as a threshold with nothing to judge does.
            return new RegressionRow(name, Show(metric, before), Show(metric, after), "n/a", LimitText(metric, limit), limit is null ? RegressionVerdict.Info : RegressionVerdict.Fail);
        }

        // Worse is up for latencies and error ratios, down for throughput and the achieved rate.
        var higherIsWorse = metric.Definition.HigherIsWorse;
        double worsening;
        string delta;
        if (metric.IsRatio)
        {
            var points = (a - b) * 100;
            worsening = higherIsWorse ? points : -points;
            delta = points.ToString("+0.###;-0.###;0", CultureInfo.InvariantCulture) + " pp";
        }
        else
        {
            var relative = b == 0 ? (a == 0 ? 0 : double.PositiveInfinity) : (a - b) / b * 100;
            worsening = higherIsWorse ? relative : -relative;
            delta = double.IsInfinity(relative) ? "new" : relative.ToString("+0.#;-0.#;0", CultureInfo.InvariantCulture) + "%";
        }

        var verdict = limit is null ? RegressionVerdict.Info : worsening > limit.MaxPercent ? RegressionVerdict.Fail : RegressionVerdict.Pass;
        return new RegressionRow(name, metric.Definition.Format(b), metric.Definition.Format(a), delta, LimitText(metric, limit), verdict);
    }

    private static string Show(ThresholdMetric metric, double? value) => value is { } v ? metric.Definition.Format(v) : "n/a";

    private static string LimitText(ThresholdMetric metric, RegressionLimit? limit) =>
        limit is null ? "" : (metric.IsRatio || metric.Definition.HigherIsWorse ? "+" : "-")
            + Figure.Text(limit.MaxPercent) + (metric.IsRatio ? " pp" : "%");

    private static bool Same(ThresholdMetric a, ThresholdMetric b) => a == b;
}
