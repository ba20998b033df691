using Harness.Contract;
using Harness.Reports.Gate;

namespace Harness.Cli.Commands;

/// <summary>What <c>harness gate</c> does once its options are parsed: asks <see cref="RunGate"/>, prints, returns the exit code.</summary>
internal static class GateRun
{
    public static ExitCode Execute(GateRequest request, TextWriter output)
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
