using System.Globalization;
using System.Text;
using Harness.Contract;

namespace Harness.Conformance.Reports;

/// <summary><c>summary.md</c>: the verdict, counts by field and rule, failures and findings, short enough for a CI job summary.</summary>
internal static class SummaryReport
{
    public const string FileName = "summary.md";

    private const int MaxFailuresListed = 50;

    public static string Render(ConformanceRun run)
    {
        var md = new StringBuilder();
        var verdict = run.Interrupted ? "INTERRUPTED (partial)" : run.Passed ? "PASSED" : "FAILED";
        md.AppendLine(CultureInfo.InvariantCulture, $"## Conformance: {verdict}");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Target `{MarkdownText.Code(run.Target)}`, profile `{RunDocument.Name(run.Profile)}`, seed {run.Seed}, {run.Duration.TotalSeconds:0.0} s.");
        if (run.Connection is { } connection)
        {
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Connection: {MarkdownText.Inline(connection.Describe())}.");
        }
        md.AppendLine();
        md.AppendLine(string.Join(", ", Enum.GetValues<Verdict>().Where(v => run.Count(v) > 0).Select(v => $"{run.Count(v)} {v}")));
        md.AppendLine();
        md.AppendLine("| Field | Rule | Checks | Passed | Failed | Skipped |");
        md.AppendLine("|---|---|---:|---:|---:|---:|");
        // Rows whose checks were all left out say nothing: they are counted in the line above.
        foreach (var row in Matrix.Rows(run).Where(r => r.Skipped < r.Total))
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {Cell(row.Field)} | {Cell(row.Rule)} | {row.Total} | {row.Passed} | {row.Failed} | {row.Skipped} |");
        }

        var failures = run.Failures.ToArray();
        if (failures.Length > 0)
        {
            md.AppendLine();
            md.AppendLine("### Failures");
            md.AppendLine();
            md.AppendLine("| Check | Verdict | Expected | Actual |");
            md.AppendLine("|---|---|---|---|");
            foreach (var failure in failures.Take(MaxFailuresListed))
            {
                md.AppendLine(CultureInfo.InvariantCulture,
                    $"| `{MarkdownText.Code(failure.Id)}` | {failure.Verdict} | {Cell(failure.Expected)} | {Cell(run.Redact(failure.Reason))} |");
            }

            if (failures.Length > MaxFailuresListed)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"\n... and {failures.Length - MaxFailuresListed} more (see report.html).");
            }
        }

        md.AppendLine();
        md.AppendLine("### Findings");
        md.AppendLine();
        foreach (var finding in run.Findings)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- **{Cell(finding.Title)}** {Cell(run.Redact(finding.Observed))}");
        }

        return md.ToString();
    }

    // Target text: HTML, images, NUL/ESC and table pipes made inert (MarkdownText).
    private static string Cell(string text) => MarkdownText.Inline(text);
}
