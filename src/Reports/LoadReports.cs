using Harness.Reports.Documents;
using Harness.Reports.Gate;
using Harness.Reports.Html;
using Harness.Reports.Junit;
using Harness.Reports.Markdown;
using Harness.Runs;

namespace Harness.Reports;

/// <summary>
/// The human and CI views of a load run folder, derived from its run.json: <c>report.html</c>,
/// <c>summary.md</c> (also appended to <c>$GITHUB_STEP_SUMMARY</c> when set) and <c>junit.xml</c>.
/// </summary>
public static class LoadReports
{
    /// <summary>The environment variable GitHub Actions names the job summary file with.</summary>
    public const string StepSummaryVariable = "GITHUB_STEP_SUMMARY";

    /// <summary>
    /// Writes every view of the load run in <paramref name="runDirectory"/> and returns whether its
    /// scenario's thresholds held. Throws <see cref="RunUnreadableException"/> when run.json cannot be read.
    /// </summary>
    public static bool Write(string runDirectory) => Write(runDirectory, ReportFormats.All).Passed;

    internal static GateReport Write(string runDirectory, ReportFormats formats)
    {
        var document = RunDocument.Open(runDirectory);
        if (document.Load is null)
        {
            throw new RunUnreadableException($"'{runDirectory}' is a {document.Kind.ToString().ToLowerInvariant()} run, not a load run");
        }

        var gate = GateEvaluator.Evaluate(document, []);
        var folder = RunFolder.Open(runDirectory);
        if (formats.HasFlag(ReportFormats.Html))
        {
            folder.Write(LoadHtmlReport.FileName, LoadHtmlReport.Render(gate));
        }

        if (formats.HasFlag(ReportFormats.Junit))
        {
            folder.Write(LoadJunitReport.FileName, LoadJunitReport.Render(gate));
        }

        if (formats.HasFlag(ReportFormats.Markdown))
        {
            var summary = LoadSummaryMarkdown.Render(gate);
            folder.Write(LoadSummaryMarkdown.FileName, summary);
            if (Environment.GetEnvironmentVariable(StepSummaryVariable) is { Length: > 0 } stepSummary)
            {
                File.AppendAllText(stepSummary, summary + Environment.NewLine);
            }
        }

        if (formats.HasFlag(ReportFormats.Json))
        {
            folder.Write(GateJson.FileName, GateJson.Render(gate));
        }

        return gate;
    }
}
