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
        .matrix{overflow-x:auto;max-width:100%}.matrix table{font-size:12px}.matrix td{text-align:center;white-space:nowrap}
        .matrix thead th{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;vertical-align:bottom;padding:.4em .2em}
        .dev{background:#fef7e0}.note{background:#e8f0fe}code{font-size:13px}
        .split{display:flex;gap:1em;flex-wrap:wrap;margin:1em 0}.split div{border:1px solid #d0d0d0;border-radius:6px;padding:.6em 1em;min-width:14em}
        .split b{font-size:1.6em;display:block}
        """;

    public static string Render(ConformanceRun run)
    {
        var html = new StringBuilder();
        var (label, css) = run.Interrupted ? ("INTERRUPTED (partial)", "fail") : run.Passed ? ("PASSED", "pass") : ("FAILED", "fail");
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Conformance ")
            .Append(E(label)).Append("</title><style>").Append(Style).Append("</style></head><body>");
        html.Append(CultureInfo.InvariantCulture, $"<h1>Conformance: <span class=\"{css}\">{E(label)}</span></h1>");
        html.Append(CultureInfo.InvariantCulture,
            $"<p>Target <code>{E(run.Target)}</code>, profile <b>{E(run.Profile?.Name ?? "none (the contract alone decides)")}</b>, seed {run.Seed}, started {run.StartedUtc:u}, {run.Duration.TotalSeconds:0.00} s.</p>");
        if (run.Connection is { } connection)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>Connection: {E(connection.Describe())}.</p>");
        }

        Split(html, run);
        html.Append("<p>").Append(E(string.Join(", ", Enum.GetValues<Verdict>().Where(v => run.Count(v) > 0).Select(v => $"{run.Count(v)} {v}")))).Append("</p>");

        Findings(html, run);
        HtmlMatrix.Render(html, run);
        Failures(html, run);
        AllChecks(html, run);
        return html.Append("</body></html>").ToString();
    }

    /// <summary>The verdict's three parts side by side, as the load report shows its verdict at the top.</summary>
    private static void Split(StringBuilder html, ConformanceRun run)
    {
        var deviationsFail = run.Profile is not null;
        html.Append("<div class=\"split\">");
        html.Append(CultureInfo.InvariantCulture,
            $"<div class=\"{(run.Violations > 0 ? "bad" : "ok")}\"><b>{run.Violations}</b>contract violations<br><small>fail under every profile</small></div>");
        html.Append(CultureInfo.InvariantCulture,
            $"<div class=\"{(run.Deviations == 0 ? "ok" : deviationsFail ? "bad" : "dev")}\"><b>{run.Deviations}</b>deviations from {E(run.Profile?.Name ?? "strict")}<br><small>{(deviationsFail ? "fail: a profile was given" : "listed, not failed: no --profile")}</small></div>");
        html.Append(CultureInfo.InvariantCulture,
            $"<div class=\"note\"><b>{run.NotPinnedFindings}</b>findings on unpinned points<br><small>never failures</small></div>");
        html.Append(CultureInfo.InvariantCulture,
            $"<div><b>{E(run.SuggestedProfile is { } p ? RunDocument.Name(p) : "-")}</b>best-fitting profile<br><small>rules: <a href=\"{RunDocument.ContractPage}\">{RunDocument.ContractPage}</a></small></div>");
        html.Append("</div>");
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

    private static void Failures(StringBuilder html, ConformanceRun run)
    {
        var failures = run.Records.Where(r => !r.Result.Passed).ToArray();
        html.Append(CultureInfo.InvariantCulture, $"<h2>Failures ({failures.Length})</h2>");
        if (run.Profile is null && run.Deviations > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{run.Deviations} deviation(s) on open points are not failures (no profile given): see the matrix and all checks below.</p>");
        }
        foreach (var record in failures)
        {
            var check = record.Result;
            html.Append(CultureInfo.InvariantCulture, $"<h3 id=\"{E(check.Id)}\"><code>{E(check.Id)}</code>: {E(check.Verdict.ToString())}</h3>");
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(run.Redact(check.Title))}<br>Rule <b>{E(check.Rule)}</b> ({E(check.SpecRow)}; <a href=\"{E(RunDocument.ContractLink(check.Anchor))}\">{E(RunDocument.ContractLink(check.Anchor))}</a>)<br>{E(run.Redact(check.Reason))}</p>");
            html.Append(CultureInfo.InvariantCulture, $"<table><tr><th>expected</th><td><code>{E(check.Expected)}</code></td></tr><tr><th>actual</th><td><code>{E(run.Redact(check.Actual))}</code></td></tr></table>");
            html.Append("<pre>").Append(E(check.RedactedCurl)).Append("</pre>");
        }
    }

    private static void AllChecks(StringBuilder html, ConformanceRun run)
    {
        html.Append(CultureInfo.InvariantCulture, $"<details><summary>All {run.Checks.Count} checks</summary><table><tr><th>Id</th><th>Verdict</th><th>Basis</th><th>Standing</th><th>Field</th><th>Rule</th><th>Expected</th><th>Actual status</th></tr>");
        foreach (var check in run.Checks)
        {
            var css = check.Verdict == Verdict.Skipped ? "skip" : !check.Passed ? "bad" : check.Standing == Standing.Deviation ? "dev" : check.Standing == Standing.Finding ? "note" : "ok";
            html.Append(CultureInfo.InvariantCulture,
                $"<tr class=\"{css}\"><td><code>{E(check.Id)}</code></td><td>{check.Verdict}</td><td>{Matrix.BasisName(check.Basis)}</td><td>{RunDocument.Kebab(check.Standing)}</td><td>{E(check.Field ?? "")}</td><td>{E(check.Rule)}</td><td>{E(check.Expected)}</td><td>{check.ActualStatus}</td></tr>");
        }

        html.Append("</table></details>");
    }

    internal static string E(string text) => WebUtility.HtmlEncode(text);
}
