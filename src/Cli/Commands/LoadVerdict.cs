using System.Text;
using Harness.Load.Measurement;
using Harness.Load.Records;
using Harness.Load.Running;
using Harness.Reports.Documents;
using Harness.Reports.Gate;
using Harness.Reports.Thresholds;

namespace Harness.Cli.Commands;

/// <summary>
/// The end of <c>harness load</c>: the scenario's thresholds judged over the run folder (the gate's own
/// evaluator, so both agree) and their table, then the run's <see cref="RunVerdict"/> as a line and an exit code.
/// </summary>
internal static class LoadVerdict
{
    public static ExitCode Report(LoadRunRecord result, string folder, TextWriter output)
    {
        var verdict = RunVerdict.Of(result, PrintThresholds(folder, output));
        if (verdict.Message is { } message)
        {
            output.WriteLine(message);
        }

        return verdict.Outcome switch
        {
            RunOutcome.Passed => ExitCode.Passed,
            RunOutcome.Interrupted => ExitCode.Interrupted,
            RunOutcome.Unaccounted or RunOutcome.TargetStoppedAnswering => ExitCode.TargetUnreachable,
            _ => ExitCode.Failed,
        };
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
