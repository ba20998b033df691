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
        var views = WriteViews(run, folder);
        StepSummary.Append(SummaryReport.Render(run));
        return [folder.File(RunDocument.FileName), .. views];
    }

    /// <summary>The views over a run (junit.xml, summary.md, report.html); <c>harness report DIR</c> rewrites these alone.</summary>
    internal static IReadOnlyList<string> WriteViews(ConformanceRun run, RunFolder folder)
    {
        folder.Write(JunitReport.FileName, JunitReport.Render(run));
        folder.Write(SummaryReport.FileName, SummaryReport.Render(run));
        folder.Write(HtmlReport.FileName, HtmlReport.Render(run));
        return new[] { JunitReport.FileName, SummaryReport.FileName, HtmlReport.FileName }.Select(folder.File).ToArray();
    }
}
