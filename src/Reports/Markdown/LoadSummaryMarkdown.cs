using System.Globalization;
using System.Text;
using Harness.Contract;
using Harness.Load.Records;
using Harness.Reports.Baselines;
using Harness.Reports.Gate;
using Harness.Reports.Thresholds;

namespace Harness.Reports.Markdown;

/// <summary><c>summary.md</c> of a load run: the verdict, the key figures and the thresholds, short enough for a CI job summary.</summary>
internal static class LoadSummaryMarkdown
{
    public const string FileName = "summary.md";

    public static string Render(GateReport gate)
    {
        var run = gate.Run.Load!;
        var m = run.Measured;
        var (label, _, detail) = LoadVerdict.Of(gate);
        var md = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        md.AppendLine(c, $"## Load `{MarkdownText.Code(run.Name)}`: {label}");
        md.AppendLine();
        md.AppendLine(c, $"{MarkdownText.Inline(detail, 2000)} Target `{MarkdownText.Code(run.Target)}`{(run.EmbeddedTarget ? " (embedded fake)" : "")}, seed {run.Seed?.ToString(c) ?? "none"}, measured {m.Seconds:0.##} s.");
        if (run.Connection?.Describe() is { } connection)
        {
            md.AppendLine().AppendLine(c, $"Connection: {MarkdownText.Inline(connection, 2000)}.");
        }
        md.AppendLine();
        md.AppendLine(c, $"Sent {m.Sent}, completed {m.Completed} ({m.CompletedPerSecond:0.##}/s), error rate {m.ErrorRate * 100:0.###}%, dropped {m.Dropped}, late {m.Late}.");
        md.AppendLine();
        foreach (var note in LoadRunTrust.Notes(run))
        {
            md.AppendLine(c, $"- **{note}**");
        }

        if (run.Health.Cause is { } cause)
        {
            md.AppendLine(c, $"- **FAILED: {cause}**");
        }

        md.AppendLine();
        md.Append("| ms |");
        foreach (var p in LatencyPercentiles.Shown)
        {
            md.Append(c, $" {LatencyPercentiles.Label(p)} |");
        }

        md.AppendLine(" max |");
        md.AppendLine("|---|" + string.Concat(Enumerable.Repeat("---:|", LatencyPercentiles.Shown.Count + 1)));
        foreach (var (name, h) in new[] { ("response", run.Measured.ResponseTime), ("service", run.Measured.ServiceTime) })
        {
            md.Append(c, $"| {name} |");
            foreach (var p in LatencyPercentiles.Shown)
            {
                md.Append(c, $" {Figure.Text(LatencyPercentiles.Ms(h, p))} |");
            }

            md.AppendLine(c, $" {Figure.Text(LatencyPercentiles.MaxMs(h))} |");
        }

        if (gate.Conditions.Count > 0)
        {
            md.AppendLine();
            md.AppendLine("| Threshold | Measured | Verdict |");
            md.AppendLine("|---|---:|---|");
            foreach (var o in gate.Conditions)
            {
                md.AppendLine(c, $"| `{MarkdownText.Code(o.Condition.Text.Trim())}` | {MarkdownText.Inline(o.Observed)} | {(o.Verdict == ConditionVerdict.Fail ? "**FAIL**" : GateText.Verdict(o.Verdict))} |");
            }
        }

        if (gate.Regressions.Count > 0)
        {
            md.AppendLine();
            md.AppendLine("| Metric | Baseline | Run | Delta | Limit | Verdict |");
            md.AppendLine("|---|---:|---:|---:|---:|---|");
            foreach (var r in gate.Regressions)
            {
                md.AppendLine(c, $"| {r.Metric} | {r.Baseline} | {r.Run} | {r.Delta} | {r.Limit} | {(r.Verdict == RegressionVerdict.Fail ? "**REGRESSED**" : r.Verdict == RegressionVerdict.Pass ? "pass" : "")} |");
            }
        }

        return md.ToString();
    }
}
