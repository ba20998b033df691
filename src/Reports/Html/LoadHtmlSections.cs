using System.Globalization;
using System.Text;
using Harness.Reports.Baselines;
using Harness.Load.Measurement;
using Harness.Load.Records;
using Harness.Reports.Gate;
using Harness.Reports.Thresholds;

namespace Harness.Reports.Html;

/// <summary>The tables of the load report: thresholds, breakdowns, phases, notes, inputs.</summary>
internal static class LoadHtmlSections
{
    public static void Thresholds(StringBuilder html, GateReport gate)
    {
        if (gate.Conditions.Count == 0)
        {
            html.Append("<p class=\"na\">The scenario has no thresholds; <code>harness gate --threshold ...</code> adds some.</p>");
            return;
        }

        html.Append("<table id=\"thresholds\"><tr><th>threshold</th><th>measured</th><th>verdict</th><th>note</th></tr>");
        foreach (var c in gate.Conditions)
        {
            var css = c.Verdict switch { ConditionVerdict.Pass => "pass", ConditionVerdict.Fail => "fail", _ => "na" };
            var abort = c.Condition.AbortOnFail ? $" <small>(abortOnFail after {c.Condition.GraceSeconds:0.#} s)</small>" : "";
            html.Append(CultureInfo.InvariantCulture,
                $"<tr data-verdict=\"{css}\"><td><code>{Html.E(c.Condition.Text.Trim())}</code>{abort}</td><td>{Html.E(c.Observed)}</td><td class=\"{css}\">{GateText.Verdict(c.Verdict)}</td><td>{Html.E(c.Note ?? "")}</td></tr>");
        }

        html.Append("</table>");
        if (gate.Regressions.Count > 0)
        {
            html.Append("<table id=\"regressions\"><tr><th>metric</th><th class=\"n\">baseline</th><th class=\"n\">run</th><th class=\"n\">delta</th><th class=\"n\">limit</th><th>verdict</th></tr>");
            foreach (var r in gate.Regressions)
            {
                var css = r.Verdict switch { RegressionVerdict.Pass => "pass", RegressionVerdict.Fail => "fail", _ => "na" };
                html.Append(CultureInfo.InvariantCulture,
                    $"<tr><td>{Html.E(r.Metric)}</td><td class=\"n\">{Html.E(r.Baseline)}</td><td class=\"n\">{Html.E(r.Run)}</td><td class=\"n\">{Html.E(r.Delta)}</td><td class=\"n\">{Html.E(r.Limit)}</td><td class=\"{css}\">{r.Verdict.ToString().ToLowerInvariant()}</td></tr>");
            }

            html.Append("</table>");
        }
    }

    public static void Breakdown(StringBuilder html, LoadRunRecord run)
    {
        var m = run.Measured;
        html.Append("<div class=\"cols\">");
        Counts(html, "outcomes", "outcome", m.Outcomes.Select(o => (OutcomeNames.Json(o.Key), o.Value)), m.Sent);
        Counts(html, "statuses", "HTTP status", m.Statuses.Select(s => (s.Key < 0 ? "other" : s.Key.ToString(CultureInfo.InvariantCulture), s.Value)), m.Completed);
        Counts(html, "errorCodes", "error_code", m.ErrorCodes.Select(e => (e.Key, e.Value)), m.Completed);
        html.Append("</div>");
    }

    private static void Counts(StringBuilder html, string id, string title, IEnumerable<(string Name, long Count)> counts, long total)
    {
        html.Append(CultureInfo.InvariantCulture, $"<table id=\"{id}\"><tr><th>{title}</th><th class=\"n\">count</th><th></th></tr>");
        foreach (var (name, n) in counts.OrderByDescending(p => p.Count))
        {
            var share = total > 0 ? Math.Min(100, 100.0 * n / total) : 0;
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{Html.E(name)}</td><td class=\"n\" data-metric=\"measured.{id}.{Html.E(name)}\">{n}</td><td><div class=\"bar\"><i style=\"width:{share:0.#}%\"></i></div></td></tr>");
        }

        html.Append("</table>");
    }

    public static void Phases(StringBuilder html, LoadRunRecord run)
    {
        html.Append("<table id=\"phases\"><tr><th>phase</th><th>kind</th><th class=\"n\">planned s</th><th class=\"n\">actual s</th><th class=\"n\">sent</th><th class=\"n\">target/s</th><th class=\"n\">achieved/s</th><th class=\"n\">dropped</th><th class=\"n\">late</th></tr>");
        foreach (var p in run.Phases)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{Html.E(p.Name)}{(p.Warmup ? " <small>(warm-up, not measured)</small>" : "")}</td><td>{p.Kind.ToString().ToLowerInvariant()}</td><td class=\"n\">{p.Planned.TotalSeconds:0.##}</td><td class=\"n\">{p.Actual.TotalSeconds:0.##}</td><td class=\"n\">{p.Sent}</td><td class=\"n\">{(p.TargetPerSecond is { } t ? Figure.Text(t) : "")}</td><td class=\"n{(p.BelowTarget ? " fail" : "")}\">{Figure.Text(p.AchievedPerSecond)}</td><td class=\"n\">{p.Dropped}</td><td class=\"n\">{p.Late}</td></tr>");
        }

        html.Append("</table>");
    }

    public static void Notes(StringBuilder html, GateReport gate)
    {
        var run = gate.Run.Load!;
        var m = run.Measured;
        var notes = new List<(string Css, string Text)>();
        if (run.SelfCheck.Understated)
        {
            notes.Add(("fail", "The load generator was the bottleneck: these numbers understate the target. " + string.Join("; ", run.SelfCheck.Reasons) + "."));
        }

        if (run.Health.Cause is { } cause)
        {
            notes.Add(("fail", "The run failed: " + cause + "."));
        }

        if (run.BelowTargetRate)
        {
            notes.Add(("fail", "BELOW TARGET: the target (or the connections) could not keep up. " + string.Join("; ", LoadRunTrust.Notes(run).Where(n => n.StartsWith("below", StringComparison.Ordinal))) + "."));
        }

        notes.Add((m.Late > 0 ? "" : "na", $"{m.Late} of {m.Scheduled} scheduled starts left later than planned; {m.Dropped} were dropped at the in-flight cap. Late starts still count their waiting time in the response time."));
        notes.Add((m.AccountingHolds ? "" : "fail", m.AccountingHolds
            ? $"Accounting balances: {m.Sent} sent = {m.Completed} answered + {m.Count(OutcomeKind.Timeout)} timed out + {m.Count(OutcomeKind.ConnectionError)} connection errors + {m.Count(OutcomeKind.Cancelled)} cancelled."
            : $"Accounting does NOT balance: {m.Sent} sent, {m.Completed} answered."));
        if (run.Reconciliation is { } r)
        {
            notes.Add((r.Matches ? "" : "fail", r.Matches
                ? $"Reconciled with the receiver's /_fake/stats: {r.ReceiverAccepted} accepted on both sides (warm-up included)."
                : $"Reconciliation differs: the receiver accepted {r.ReceiverAccepted}, the harness counted {r.HarnessAccepted} (difference {r.Difference})."));
        }
        else
        {
            notes.Add(("na", $"No reconciliation: {run.ReconciliationSkipped ?? "the target exposes no /_fake/stats"}."));
        }

        if (run.Warmup?.Sent is { } warm)
        {
            notes.Add(("na", $"Warm-up requests ({warm}) are excluded from every figure above."));
        }

        html.Append("<ul class=\"notes\" id=\"notes\">");
        foreach (var (css, text) in notes)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li class=\"{css}\">{Html.E(text)}</li>");
        }

        html.Append("</ul>");
    }

    public static void Inputs(StringBuilder html, LoadRunRecord run)
    {
        var v = run.Versions;
        (string, string)[] rows =
        [
            ("scenario", run.Name),
            ("target", run.Target + (run.EmbeddedTarget ? "  (embedded fake receiver on loopback)" : "")),
            ("transport", run.Transport),
            ("connection", run.Connection?.Describe() ?? "(not recorded)"),
            ("seed", run.Seed?.ToString(CultureInfo.InvariantCulture) ?? "(none)"),
            ("started (UTC)", run.StartedText),
            ("measured", $"{run.Measured.Seconds:0.###} s"),
            ("harness", v.Harness),
            (".NET", v.Dotnet),
            ("machine", $"{v.Os}, {v.Processors} processors"),
        ];
        html.Append("<table class=\"inputs\" id=\"inputs\">");
        foreach (var (key, value) in rows)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><th>{Html.E(key)}</th><td>{Html.E(value)}</td></tr>");
        }

        html.Append("</table>");
    }
}
