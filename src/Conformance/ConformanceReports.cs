using Harness.Conformance.Reports;
using Harness.Runs;

namespace Harness.Conformance;

/// <summary>Writes a run's files into its run folder: <c>run.json</c>, <c>junit.xml</c>, <c>summary.md</c>, <c>report.html</c>.</summary>
public static class ConformanceReports
{
    /// <summary>
    /// Writes every report atomically and, when <c>$GITHUB_STEP_SUMMARY</c> names a file, appends
    /// the summary to it. Secrets never reach the files. Returns the paths written.
    /// </summary>
    public static IReadOnlyList<string> Write(ConformanceRun run, RunFolder folder)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(folder);
        RunDocument.Write(run, folder);
        var summary = SummaryReport.Render(run);
        var views = WriteViews(run, folder, summary);
        StepSummary.Append(summary);
        return [folder.File(RunDocument.FileName), .. views];
    }

    /// <summary>The views over a run (junit.xml, summary.md, report.html); <c>harness report DIR</c> rewrites these alone.</summary>
    internal static IReadOnlyList<string> WriteViews(ConformanceRun run, RunFolder folder) => WriteViews(run, folder, SummaryReport.Render(run));

    // The summary rendered once by the caller that also appends it to the step summary.
    private static IReadOnlyList<string> WriteViews(ConformanceRun run, RunFolder folder, string summary)
    {
        folder.Write(JunitReport.FileName, JunitReport.Render(run));
        folder.Write(SummaryReport.FileName, summary);
        folder.Write(HtmlReport.FileName, HtmlReport.Render(run));
        return new[] { JunitReport.FileName, SummaryReport.FileName, HtmlReport.FileName }.Select(folder.File).ToArray();
    }
}
