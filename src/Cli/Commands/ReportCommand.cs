using System.CommandLine;
using Harness.Reports;
using Harness.Reports.Documents;

namespace Harness.Cli.Commands;

/// <summary><c>harness report DIR</c>: (re)writes a run folder's views from its run.json.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var directory = new Argument<string>("DIR") { Description = "The run folder (holds run.json)." };
        var format = new Option<string[]>("--format")
        {
            Description = "Which views to write: html, md, junit, json (repeatable; default all).",
        };
        format.AcceptOnlyFromAmong("html", "md", "junit", "json");
        var command = new Command("report", "Write report.html, summary.md, junit.xml (and gate.json) of a load or conformance run folder from its run.json.")
        {
            directory, format,
        };
        command.SetExitCodeAction(parse => Execute(parse.GetValue(directory)!, parse.GetValue(format) ?? [], Console.Out));
        return command;
    }

    internal static ExitCode Execute(string directory, IReadOnlyList<string> formats, TextWriter output)
    {
        var chosen = formats.Count == 0 ? ReportFormats.All : formats.Aggregate(ReportFormats.None, (all, f) => all | f switch
        {
            "html" => ReportFormats.Html,
            "md" => ReportFormats.Markdown,
            "junit" => ReportFormats.Junit,
            _ => ReportFormats.Json,
        });
        try
        {
            var document = RunDocument.Open(directory);
            if (document.Kind == RunKind.Conformance)
            {
                foreach (var path in Harness.Conformance.ConformanceReportRewriter.Rewrite(directory))
                {
                    output.WriteLine($"wrote {path}");
                }

                return ExitCode.Passed;
            }

            var gate = LoadReports.Write(directory, chosen);
            output.WriteLine($"{(gate.Passed ? "PASSED" : "FAILED")}: {gate.Conditions.Count} threshold(s), {gate.Problems.Count} problem(s). Views written to {directory}.");
            return ExitCode.Passed;
        }
        catch (Exception ex) when (ex is RunUnreadableException or InvalidDataException or System.Text.Json.JsonException
                                       or IOException or UnauthorizedAccessException)
        {
            // A run folder that cannot be believed (crafted, truncated, from another version) is exit 3, never a stack trace.
            output.WriteLine($"error: {Harness.Contract.ConsoleText.Clean(ex.Message)}");
            return ExitCode.TargetUnreachable;
        }
    }
}
