using System.CommandLine;
using Harness.Contract;
using Harness.Reports.Gate;

namespace Harness.Cli.Commands;

/// <summary>
/// <c>harness gate</c>: evaluates a run's thresholds (its scenario's and <c>--threshold</c> ones) and,
/// with <c>--baseline</c>, regressions computed from both runs' histograms. Exit 0 pass, 1 fail,
/// 2 bad expression (or one of the wrong kind for the run), 3 unreadable run. A conformance run is
/// always held to <c>checks.* == pass</c> too, unless <c>--no-default-gate</c> replaces it.
/// </summary>
internal static class GateCommand
{
    public static Command Create()
    {
        var run = new Option<string>("--run") { Description = "The run folder to judge (holds run.json).", Required = true };
        var baseline = new Option<string>("--baseline") { Description = "A baseline run folder to compare with (e.g. results/baselines/smoke)." };
        var maxRegression = new Option<string>("--max-regression")
        {
            Description = "How far metrics may worsen against the baseline, e.g. p99=10%,throughput=5% (error_rate in percentage points). Default " + Harness.Reports.Baselines.RegressionLimits.Default + ".",
        };
        var threshold = new Option<string[]>("--threshold")
        {
            Description = "An extra threshold, e.g. \"p99 < 250ms\", \"error_rate < 0.1%\", \"unexpected == 0\", \"checks.alarmName.* == pass\". Repeatable.",
            AllowMultipleArgumentsPerToken = false,
        };
        var saveBaseline = new Option<string>("--save-baseline")
        {
            Description = "When the gate passes, save the run as a baseline in this folder (default results/baselines/<scenario>).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var allowUnderstated = new Option<bool>("--allow-understated")
        {
            Description = "Judge a run even though its self-check says the load generator was the bottleneck (it still never becomes a baseline).",
        };
        var noDefaultGate = new Option<bool>("--no-default-gate")
        {
            Description = "For a conformance run: judge only by the --threshold conditions given, instead of adding them to the default checks.* == pass.",
        };
        var command = new Command("gate", "Judge a finished run: thresholds and regressions against a baseline, printed side by side; exit 0 pass, 1 fail.")
        {
            run, baseline, maxRegression, threshold, saveBaseline, noDefaultGate, allowUnderstated,
        };
        command.SetExitCodeAction(parse => Execute(new GateRequest(
            parse.GetValue(run)!,
            parse.GetValue(baseline),
            parse.GetValue(maxRegression),
            parse.GetValue(threshold) ?? [],
            parse.GetResult(saveBaseline) is not null,
            parse.GetValue(saveBaseline),
            parse.GetValue(noDefaultGate),
            parse.GetValue(allowUnderstated)), Console.Out));
        return command;
    }

    // Asks RunGate, prints its decision, returns the exit code.
    internal static ExitCode Execute(GateRequest request, TextWriter output)
    {
        var decision = RunGate.Decide(request);
        foreach (var problem in decision.Problems)
        {
            output.WriteLine($"error: {ConsoleText.Clean(problem)}");
        }

        if (decision.Unreadable is { } unreadable)
        {
            output.WriteLine($"error: {ConsoleText.Clean(unreadable)}");
            return ExitCode.TargetUnreachable;
        }

        if (decision.Report is not { } report)
        {
            return ExitCode.UsageError;
        }

        // The run folder may come from elsewhere: what it says is printed, never acted on by the terminal.
        output.Write(ConsoleText.Clean(GateText.Render(report), keepLineBreaks: true));
        if (decision.BaselineNote is { } note)
        {
            output.WriteLine(ConsoleText.Clean(note));
        }

        return report.Passed ? ExitCode.Passed : ExitCode.Failed;
    }
}
