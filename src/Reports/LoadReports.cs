using Harness.Load.Records;
using Harness.Reports.Documents;
using Harness.Reports.Gate;
using Harness.Reports.Html;
using Harness.Reports.Junit;
using Harness.Reports.Markdown;
using Harness.Runs;

namespace Harness.Reports;

/// <summary>
/// The human and CI views of a load run, exporters over its record: <c>report.html</c>,
/// <c>summary.md</c> (also appended to <c>$GITHUB_STEP_SUMMARY</c> when set) and <c>junit.xml</c>.
/// </summary>
public static class LoadReports
{
    /// <summary>
    /// Writes every view of the load run in <paramref name="runDirectory"/> and returns whether its
    /// scenario's thresholds held. Throws <see cref="RunUnreadableException"/> when run.json cannot be read.
    /// </summary>
    public static bool Write(string runDirectory) => Write(runDirectory, ReportFormats.All).Passed;

    /// <summary>Writes every view of <paramref name="record"/> (just measured or merged) into its run folder; returns whether its thresholds held.</summary>
    public static bool Write(RunFolder folder, LoadRunRecord record)
    {
        ArgumentNullException.ThrowIfNull(folder);
        return Write(RunDocument.Of(folder.Path, record), ReportFormats.All).Passed;
    }

    internal static GateReport Write(string runDirectory, ReportFormats formats)
    {
        var document = RunDocument.Open(runDirectory);
        return document.Load is null
            ? throw new RunUnreadableException($"'{runDirectory}' is a {document.Kind.ToString().ToLowerInvariant()} run, not a load run")
            : Write(document, formats);
    }

    private static GateReport Write(RunDocument document, ReportFormats formats)
    {
        var gate = GateEvaluator.Evaluate(document, []);
        var folder = RunFolder.Open(document.Directory);
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
            StepSummary.Append(summary);
        }

        if (formats.HasFlag(ReportFormats.Json))
        {
            folder.Write(GateJson.FileName, GateJson.Render(gate));
        }

        return gate;
    }
}
