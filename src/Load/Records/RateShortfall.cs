using System.Globalization;
using Harness.Load.Thresholds;

namespace Harness.Load.Records;

/// <summary>
/// A measured open phase that sent less than its schedule drew (BELOW TARGET) fails the run unless a
/// threshold on <c>achieved_rate</c> says how much is enough: the flag's 99% is then the bound, as no one
/// lowered it. Without this, a target that let two requests in three be dropped passed on its error rate
/// (dropped requests are never sent, so they are neither errors nor latencies). One rule for
/// <c>harness load</c>'s exit code and the gate.
/// </summary>
internal static class RateShortfall
{
    /// <summary>Whether any of <paramref name="thresholds"/> judges achieved_rate.</summary>
    public static bool JudgedBy(IEnumerable<ThresholdExpression?> thresholds) =>
        thresholds.Any(t => t?.Metric.Kind == ThresholdMetricKind.AchievedRate);

    /// <summary>The scenario's own thresholds (as run.json records them), parsed.</summary>
    public static IEnumerable<ThresholdExpression?> ScenarioThresholds(LoadRunRecord run) =>
        (run.Thresholds ?? []).Select(t => ThresholdExpression.TryParse(t.Expression, out var parsed, out _) ? parsed : null);

    /// <summary>Why the run fails for its rate (null: it is on target, or a threshold on achieved_rate judges it).</summary>
    public static string? Problem(LoadRunRecord run, bool rateJudged)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (rateJudged || !run.BelowTargetRate)
        {
            return null;
        }

        var phases = string.Join("; ", run.Phases.Where(p => !p.Warmup && p.BelowTarget).Select(p => string.Create(CultureInfo.InvariantCulture,
            $"phase {p.Name} sent {p.Sent} of {p.PlannedArrivals?.ToString(CultureInfo.InvariantCulture) ?? "?"} planned arrivals ({p.AchievedPerSecond:0.##}/s of {p.TargetPerSecond:0.##}/s, dropped {p.Dropped})")));
        return string.Create(CultureInfo.InvariantCulture,
            $"the run fell below its target rate: {phases}; with no achieved_rate threshold the bound is {PhaseResult.RateTolerance:0%} (add one, e.g. achieved_rate >= 90%, to accept less)");
    }
}
