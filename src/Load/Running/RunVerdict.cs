using System.Globalization;
using Harness.Load.Measurement;
using Harness.Load.Records;

namespace Harness.Load.Running;

/// <summary>
/// The end of a load run in one outcome and the one line that says why, checked in the order a
/// person needs to hear it: interrupted, unaccounted requests, the target's health, an abort, a generator that was
/// the bottleneck, thresholds, a rate below target or most requests failed with no threshold judging it. The gate fails the same runs.
/// </summary>
internal sealed record RunVerdict(RunOutcome Outcome, string? Message)
{
    /// <summary>Judges <paramref name="result"/>, whose scenario thresholds failed <paramref name="failedThresholds"/> times.</summary>
    /// <param name="result">The run's record as written.</param>
    /// <param name="failedThresholds">How many of the scenario's thresholds failed.</param>
    /// <param name="allowUnderstated">A generator that was the bottleneck does not fail the run by itself (the gate's --allow-understated).</param>
    public static RunVerdict Of(LoadRunRecord result, int failedThresholds, bool allowUnderstated = false)
    {
        var c = CultureInfo.InvariantCulture;
        var m = result.Measured;
        return result switch
        {
            { Partial: true } => new(RunOutcome.Interrupted, "Interrupted: the results above are partial (run.json says \"partial\": true)."),
            _ when !m.AccountingHolds => new(RunOutcome.Unaccounted,
                $"FAILED: requests are unaccounted for (sent {m.Sent}, answered or failed {m.Completed + m.Count(OutcomeKind.Timeout) + m.Count(OutcomeKind.ConnectionError) + m.Count(OutcomeKind.Cancelled)}; scheduled {m.Scheduled}, sent + dropped {m.Sent + m.Dropped})."),
            { Health.Cause: { } cause } => new(
                result.Health.Verdict == TargetVerdict.StoppedAnswering ? RunOutcome.TargetStoppedAnswering : RunOutcome.TargetFailed, $"FAILED: {cause}."),
            { AbortedBy: { } abort } => new(RunOutcome.Aborted,
                $"ABORTED: the abortOnFail threshold '{abort.Expression}' failed {Figure.Text(abort.AtSeconds)} s into the measured phases"
                + $" (measured {abort.ValueText}, grace {Figure.Text(abort.GraceSeconds)} s): the run stopped early; run.json says so in \"abortedBy\"."),
            { SelfCheck.Understated: true } when !allowUnderstated => new(RunOutcome.Understated,
                $"FAILED: the load generator was the bottleneck, so these numbers understate the target ({string.Join("; ", result.SelfCheck.Reasons)}); harness gate fails it too unless --allow-understated."),
            _ when failedThresholds > 0 => new(RunOutcome.ThresholdsFailed, $"FAILED: {failedThresholds} threshold(s) of the scenario failed (the table above)."),
            _ when DefaultBounds.Problems(result, DefaultBounds.ScenarioThresholds(result)).FirstOrDefault() is { } unjudged => new(RunOutcome.DefaultBoundFailed, $"FAILED: {unjudged}."),
            _ => new(RunOutcome.Passed, null),
        };
    }
}
