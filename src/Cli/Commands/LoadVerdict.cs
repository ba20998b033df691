using System.Globalization;
using System.Text;
using Harness.Load.Measurement;
using Harness.Load.Records;
using Harness.Reports.Documents;
using Harness.Reports.Gate;
using Harness.Reports.Thresholds;

namespace Harness.Cli.Commands;

/// <summary>
/// The end of <c>harness load</c>: the scenario's thresholds judged over the run folder (the gate's own
/// evaluator, so both agree), the table of verdicts, a one-line cause when the run failed, and the exit code.
/// </summary>
internal static class LoadVerdict
{
    public static int Report(LoadRunRecord result, string folder, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        var failed = PrintThresholds(folder, output);
        if (result.Partial)
        {
            output.WriteLine("Interrupted: the results above are partial (run.json says \"partial\": true).");
            return ExitCodes.Interrupted;
        }

        var m = result.Measured;
        if (!m.AccountingHolds)
        {
            output.WriteLine($"FAILED: requests are unaccounted for (sent {m.Sent}, answered or failed {m.Completed + m.Count(OutcomeKind.Timeout) + m.Count(OutcomeKind.ConnectionError) + m.Count(OutcomeKind.Cancelled)}; scheduled {m.Scheduled}, sent + dropped {m.Sent + m.Dropped}).");
            return ExitCodes.TargetUnreachable;
        }

        if (result.Health.Cause is { } cause)
        {
            output.WriteLine($"FAILED: {cause}.");
            return result.Health.Verdict == TargetVerdict.StoppedAnswering ? ExitCodes.TargetUnreachable : ExitCodes.Failed;
        }

        if (result.AbortedBy is { } abort)
        {
            output.WriteLine($"ABORTED: the abortOnFail threshold '{abort.Expression}' failed {abort.AtSeconds.ToString("0.###", c)} s into the measured phases"
                + $" (measured {abort.ValueText}, grace {abort.GraceSeconds.ToString("0.###", c)} s): the run stopped early; run.json says so in \"abortedBy\".");
            return ExitCodes.Failed;
        }

        if (failed > 0)
        {
            output.WriteLine($"FAILED: {failed} threshold(s) of the scenario failed (the table above).");
            return ExitCodes.Failed;
        }

        return ExitCodes.Passed;
    }

    // The scenario's thresholds as the gate judges them; returns how many failed.
    private static int PrintThresholds(string folder, TextWriter output)
    {
        IReadOnlyList<ConditionOutcome> outcomes;
        try
        {
            outcomes = GateEvaluator.Evaluate(RunDocument.Open(folder), []).Conditions;
        }
        catch (RunUnreadableException ex)
        {
            output.WriteLine($"error: the thresholds could not be judged: {ex.Message}");
            return 1;
        }

        if (outcomes.Count == 0)
        {
            return 0;
        }

        var text = new StringBuilder();
        text.AppendLine();
        GateText.Table(text, ["threshold", "measured", "verdict"],
            outcomes.Select(o => new[] { o.Condition.Text.Trim(), o.Observed, GateText.Verdict(o.Verdict) + (o.Note is null ? "" : $"  ({o.Note})") }));
        output.Write(text.ToString());
        return outcomes.Count(o => o.Verdict == ConditionVerdict.Fail);
    }
}
