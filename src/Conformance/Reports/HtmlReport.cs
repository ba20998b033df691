using System.Globalization;
using System.Net;
using System.Text;

namespace Harness.Conformance.Reports;

/// <summary>
/// <c>report.html</c>: one self-contained page (inline CSS, no scripts, no CDN) with the verdict,
/// the field x rule matrix, every failure with expected vs actual and its curl line, and the findings.
/// </summary>
internal static class HtmlReport
{
    public const string FileName = "report.html";

    private const string Style = """
        body{font:14px/1.45 system-ui,sans-serif;margin:2em;color:#1d1d1f}
        h1 .pass{color:#137333}h1 .fail{color:#b3261e}
        table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #d0d0d0;padding:.25em .5em;text-align:left;vertical-align:top}
        th{background:#f3f3f3}.ok{background:#e6f4ea}.bad{background:#fce8e6}.skip{background:#f1f3f4;color:#666}
        pre{background:#f6f8fa;padding:.6em;overflow-x:auto;white-space:pre-wrap;word-break:break-all}
        .matrix{overflow-x:auto}code{font-size:13px}
        """;

    public static string Render(ConformanceRun run)
    {
        var html = new StringBuilder();
        var (label, css) = run.Interrupted ? ("INTERRUPTED (partial)", "fail") : run.Passed ? ("PASSED", "pass") : ("FAILED", "fail");
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Conformance ")
            .Append(E(label)).Append("</title><style>").Append(Style).Append("</style></head><body>");
        html.Append(CultureInfo.InvariantCulture, $"<h1>Conformance: <span class=\"{css}\">{E(label)}</span></h1>");
        html.Append(CultureInfo.InvariantCulture,
            $"<p>Target <code>{E(run.Target)}</code>, profile <b>{RunDocument.Name(run.Profile)}</b>, seed {run.Seed}, started {run.StartedUtc:u}, {run.Duration.TotalSeconds:0.00} s.</p>");
        if (run.Connection is { } connection)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>Connection: {E(connection.Describe())}.</p>");
        }

        html.Append("<p>").Append(E(string.Join(", ", Enum.GetValues<Verdict>().Where(v => run.Count(v) > 0).Select(v => $"{run.Count(v)} {v}")))).Append("</p>");

        Findings(html, run);
        MatrixGrid(html, run);
        Failures(html, run);
        AllChecks(html, run);
        return html.Append("</body></html>").ToString();
    }

    private static void Findings(StringBuilder html, ConformanceRun run)
    {
        html.Append("<h2>Findings</h2><table><tr><th>Question</th><th>Observed</th><th>Matches</th></tr>");
        foreach (var finding in run.Findings)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{E(finding.Title)}</td><td>{E(run.Redact(finding.Observed))}</td><td>{(finding.Matches is { } p ? RunDocument.Name(p) : "")}</td></tr>");
        }

        html.Append("</table>");
    }

    private static void MatrixGrid(StringBuilder html, ConformanceRun run)
    {
        var rows = Matrix.Rows(run);
        var rules = rows.Select(r => r.Rule).Distinct().Order(StringComparer.Ordinal).ToArray();
        html.Append("<h2>Checks by field and rule</h2><div class=\"matrix\"><table><tr><th>field \\ rule</th>");
        foreach (var rule in rules)
        {
            html.Append("<th>").Append(E(rule)).Append("</th>");
        }

        html.Append("</tr>");
        foreach (var field in rows.Select(r => r.Field).Distinct())
        {
            html.Append("<tr><th>").Append(E(field)).Append("</th>");
            foreach (var rule in rules)
            {
                var cell = rows.FirstOrDefault(r => r.Field == field && r.Rule == rule);
                var css = cell is null ? "" : cell.Failed > 0 ? "bad" : cell.Passed > 0 ? "ok" : "skip";
                var text = cell is null ? "" : cell.Failed > 0 ? $"{cell.Failed} of {cell.Total} failed" : $"{cell.Passed}/{cell.Total}";
                html.Append(CultureInfo.InvariantCulture, $"<td class=\"{css}\">{E(text)}</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</table></div>");
    }

    private static void Failures(StringBuilder html, ConformanceRun run)
    {
        var failures = run.Records.Where(r => !r.Result.Passed).ToArray();
        html.Append(CultureInfo.InvariantCulture, $"<h2>Failures ({failures.Length})</h2>");
        foreach (var record in failures)
        {
            var check = record.Result;
            html.Append(CultureInfo.InvariantCulture, $"<h3 id=\"{E(check.Id)}\"><code>{E(check.Id)}</code>: {E(check.Verdict.ToString())}</h3>");
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(run.Redact(check.Title))}<br>Rule <b>{E(check.Rule)}</b> ({E(check.SpecRow)})<br>{E(run.Redact(check.Reason))}</p>");
            html.Append(CultureInfo.InvariantCulture, $"<table><tr><th>expected</th><td><code>{E(check.Expected)}</code></td></tr><tr><th>actual</th><td><code>{E(run.Redact(check.Actual))}</code></td></tr></table>");
            html.Append("<pre>").Append(E(check.RedactedCurl)).Append("</pre>");
        }
    }

    private static void AllChecks(StringBuilder html, ConformanceRun run)
    {
        html.Append(CultureInfo.InvariantCulture, $"<details><summary>All {run.Checks.Count} checks</summary><table><tr><th>Id</th><th>Verdict</th><th>Field</th><th>Rule</th><th>Expected</th><th>Actual status</th></tr>");
        foreach (var check in run.Checks)
        {
            var css = check.Verdict == Verdict.Skipped ? "skip" : check.Passed ? "ok" : "bad";
            html.Append(CultureInfo.InvariantCulture,
                $"<tr class=\"{css}\"><td><code>{E(check.Id)}</code></td><td>{check.Verdict}</td><td>{E(check.Field ?? "")}</td><td>{E(check.Rule)}</td><td>{E(check.Expected)}</td><td>{check.ActualStatus}</td></tr>");
        }

        html.Append("</table></details>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
