using System.Text;
using Harness.Load.Measurement;
using Harness.Load.Records;
using Harness.Load.Running;
using Harness.Reports.Documents;
using Harness.Reports.Gate;
using Harness.Reports.Thresholds;

namespace Harness.Cli.Commands;

/// <summary>
/// The end of <c>harness load</c>: the scenario's thresholds judged over the record as written (the gate's own
/// evaluator, so both agree) and their table, then the run's <see cref="RunVerdict"/> as a line and an exit code.
/// </summary>
internal static class LoadVerdict
{
    /// <summary>Judges <paramref name="written"/>, the record as <paramref name="folder"/>'s run.json holds it.</summary>
    public static ExitCode Report(LoadRunRecord written, string folder, TextWriter output, bool allowUnderstated = false)
    {
        var verdict = RunVerdict.Of(written, PrintThresholds(written, folder, output), allowUnderstated);
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

    // The scenario's thresholds as the gate judges them (over the record as written, as report.html does); returns how many failed.
    private static int PrintThresholds(LoadRunRecord written, string folder, TextWriter output)
    {
        var outcomes = GateEvaluator.Evaluate(RunDocument.Of(folder, written), []).Conditions;
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
