using System.Globalization;
using Harness.Load.Measurement;
using Harness.Load.Thresholds;

namespace Harness.Load.Records;

/// <summary>
/// What fails a run that no threshold judged on that point: a measured open phase that sent less than its
/// schedule drew (BELOW TARGET; the flag's 99% is the bound) unless an <c>achieved_rate</c> threshold says how much
/// is enough, and a run where most requests failed unless an error threshold (<c>error_rate</c>, <c>unexpected</c>,
/// <c>timeouts</c>) says how many may. Before, a target that let two starts in three be dropped, or answered 500
/// to every request, passed a scenario without such thresholds (dropped starts are neither errors nor latencies).
/// One rule for <c>harness load</c>'s exit code and the gate (whose own --thresholds count as stating a bound).
/// </summary>
internal static class DefaultBounds
{
    /// <summary>Above this share of failed requests a run fails when no error threshold judges it.</summary>
    public const double ErrorBound = 0.5;

    private static readonly ThresholdMetricKind[] ErrorMetrics = [ThresholdMetricKind.ErrorRate, ThresholdMetricKind.Unexpected, ThresholdMetricKind.Timeouts];

    /// <summary>The scenario's own thresholds (as run.json records them), parsed; null for one that does not parse.</summary>
    public static IEnumerable<ThresholdExpression?> ScenarioThresholds(LoadRunRecord run) =>
        (run?.Thresholds ?? []).Select(t => ThresholdExpression.TryParse(t.Expression, out var parsed, out _) ? parsed : null);

    /// <summary>Why the run fails on a bound none of <paramref name="thresholds"/> states; empty when it does not.</summary>
    public static IEnumerable<string> Problems(LoadRunRecord run, IEnumerable<ThresholdExpression?> thresholds)
    {
        ArgumentNullException.ThrowIfNull(run);
        var judged = thresholds.Where(t => t is not null).Select(t => t!.Metric.Kind).ToHashSet();
        var c = CultureInfo.InvariantCulture;
        if (run.BelowTargetRate && !judged.Contains(ThresholdMetricKind.AchievedRate))
        {
            var phases = string.Join("; ", run.Phases.Where(p => !p.Warmup && p.BelowTarget).Select(p => string.Create(c,
                $"phase {p.Name} sent {p.Sent} of {p.PlannedArrivals?.ToString(c) ?? "?"} planned arrivals ({p.AchievedPerSecond:0.##}/s of {p.TargetPerSecond:0.##}/s, dropped {p.Dropped})")));
            yield return string.Create(c,
                $"the run fell below its target rate: {phases}; with no achieved_rate threshold the bound is {PhaseResult.RateTolerance:0%} (add one, e.g. achieved_rate >= 90%, to accept less)");
        }

        var m = run.Measured;
        // A target that stopped answering or is not the API already has its own cause (targetHealth).
        if (run.Health.Cause is null && m.ErrorRate > ErrorBound && !judged.Overlaps(ErrorMetrics))
        {
            yield return string.Create(c,
                $"most requests failed: error rate {m.ErrorRate:0.###%} ({m.Count(OutcomeKind.UnexpectedAnswer)} unexpected answers, {m.Count(OutcomeKind.Timeout)} timeouts, {m.Count(OutcomeKind.ConnectionError)} connection errors of {m.Sent} sent); with no error_rate threshold the bound is {ErrorBound:0%} (add one, e.g. error_rate < 1%)");
        }
    }
}
