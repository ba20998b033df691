using System.Globalization;
using Harness.Load.Scenarios;
using Harness.Load.Measurement;
using Harness.Load.Records;

namespace Harness.Reports.Thresholds;

/// <summary>
/// A threshold metric's value for a load run, in the base unit the parser normalises limits to.
/// The values themselves come from <see cref="ThresholdEvaluation"/>, which the engine's abortOnFail uses too.
/// </summary>
internal static class LoadMetrics
{
    public static double? Value(LoadRunRecord run, ThresholdMetric metric) => ThresholdEvaluation.Value(metric, Observe(run));

    /// <summary>A finished run as the shared threshold evaluator sees it.</summary>
    public static ThresholdObservation Observe(LoadRunRecord run)
    {
        var m = run.Measured;
        return new ThresholdObservation
        {
            ResponseTime = run.Measured.ResponseTime,
            ServiceTime = run.Measured.ServiceTime,
            Scheduled = m.Scheduled,
            Sent = m.Sent,
            Dropped = m.Dropped,
            Late = m.Late,
            Unexpected = m.Count(OutcomeKind.UnexpectedAnswer),
            Timeouts = m.Count(OutcomeKind.Timeout),
            ConnectionErrors = m.Count(OutcomeKind.ConnectionError),
            Cancelled = m.Count(OutcomeKind.Cancelled),
            CompletedPerSecond = m.CompletedPerSecond,
            AchievedRatio = run.AchievedRatio,
        };
    }

    /// <summary>A value as people read it: 12.345 ms, 0.12%, 480.5/s, 3 (no metric: a count).</summary>
    public static string Format(ThresholdMetric? metric, double value) =>
        metric is null ? value.ToString("0", CultureInfo.InvariantCulture) : ThresholdEvaluation.Format(metric, value);
}
