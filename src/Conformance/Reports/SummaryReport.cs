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
        var profile = run.Profile?.Name ?? "none (the contract alone decides)";
        md.AppendLine(CultureInfo.InvariantCulture, $"Target `{MarkdownText.Code(run.Target)}`, profile `{profile}`, seed {run.Seed}, {run.Duration.TotalSeconds:0.0} s.");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"**{run.Split}** (rules: [{RunDocument.ContractPage}]({RunDocument.ContractPage}))");
        md.AppendLine();
        md.AppendLine(string.Join(", ", Enum.GetValues<Verdict>().Where(v => run.Count(v) > 0).Select(v => $"{run.Count(v)} {v}")));
        md.AppendLine();
        md.AppendLine("| Field | Rule | Basis | Checks | Conform | Violations | Deviations | Not pinned | Skipped |");
        md.AppendLine("|---|---|---|---:|---:|---:|---:|---:|---:|");
        // Rows whose checks were all left out say nothing: they are counted in the line above.
        foreach (var row in Matrix.Rows(run).Where(r => r.Skipped < r.Total))
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {Cell(row.Field)} | {Cell(row.Rule)} | {row.Basis} | {row.Total} | {row.Passed} | {row.Violations} | {row.Deviations} | {row.NotPinned} | {row.Skipped} |");
        }

        List("Contract violations", run.Checks.Where(c => c.Standing == Standing.Violation).ToArray(), md, run);
        var deviationTitle = run.Profile is { } p ? $"Deviations from profile {p.Name}" : "Open points read differently from strict (not failures: no profile given)";
        List(deviationTitle, run.Checks.Where(c => c.Standing == Standing.Deviation).ToArray(), md, run);

        md.AppendLine();
        md.AppendLine("### Findings");
        md.AppendLine();
        foreach (var finding in run.Findings)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- **{Cell(finding.Title)}** {Cell(run.Redact(finding.Observed))}");
        }

        return md.ToString();
    }

    private static void List(string title, CheckResult[] checks, StringBuilder md, ConformanceRun run)
    {
        if (checks.Length == 0)
        {
            return;
        }

        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"### {title} ({checks.Length})");
        md.AppendLine();
        md.AppendLine("| Check | Verdict | Matches | Expected | Why |");
        md.AppendLine("|---|---|---|---|---|");
        foreach (var check in checks.Take(MaxFailuresListed))
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| `{MarkdownText.Code(check.Id)}` | {check.Verdict} | {(check.Basis == CheckBasis.Contract ? "" : check.Matches.Length == 0 ? "no profile" : check.Matches)} | {Cell(check.Expected)} | {Cell(run.Redact(check.Reason))} |");
        }

        if (checks.Length > MaxFailuresListed)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"\n... and {checks.Length - MaxFailuresListed} more (see report.html).");
        }
    }

    // Target text: HTML, images, NUL/ESC and table pipes made inert (MarkdownText).
    private static string Cell(string text) => MarkdownText.Inline(text);
}
