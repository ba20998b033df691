using System.Text;
using Harness.Reports.Baselines;
using Harness.Reports.Thresholds;

namespace Harness.Reports.Gate;

/// <summary>The gate's console output: the conditions, then the side-by-side table (baseline, run, delta, verdict).</summary>
internal static class GateText
{
    public static string Render(GateReport report)
    {
        var text = new StringBuilder();
        var name = report.Run.Load?.Name ?? "conformance";
        text.AppendLine($"Gate for {report.Run.Kind.ToString().ToLowerInvariant()} run '{name}' ({report.Run.Directory})");
        if (report.Conditions.Count > 0)
        {
            text.AppendLine();
            Table(text, ["threshold", "from", "measured", "verdict"],
                report.Conditions.Select(c => new[] { c.Condition.Text.Trim(), c.Condition.Source, c.Observed, Verdict(c.Verdict) + (c.Note is null ? "" : $"  ({c.Note})") }));
        }
        else
        {
            text.AppendLine("No thresholds: the scenario has none and none were given with --threshold.");
        }

        if (report.Regressions.Count > 0)
        {
            text.AppendLine();
            text.AppendLine($"Against the baseline {report.BaselineDirectory}:");
            Table(text, ["metric", "baseline", "run", "delta", "limit", "verdict"],
                report.Regressions.Select(r => new[] { r.Metric, r.Baseline, r.Run, r.Delta, r.Limit, r.Verdict switch
                {
                    RegressionVerdict.Pass => "pass",
                    RegressionVerdict.Fail => "REGRESSED",
                    _ => "",
                } }));
        }

        if (report.Run.Load is { } load)
        {
            foreach (var note in LoadRunTrust.Notes(load))
            {
                text.AppendLine($"note: {note}");
            }
        }

        foreach (var problem in report.Problems)
        {
            text.AppendLine($"problem: {problem}");
        }

        text.AppendLine();
        text.AppendLine(report.Passed ? "GATE PASSED" : "GATE FAILED");
        return text.ToString();
    }

    internal static string Verdict(ConditionVerdict verdict) => verdict switch
    {
        ConditionVerdict.Pass => "pass",
        ConditionVerdict.Fail => "FAIL",
        _ => "n/a",
    };

    internal static void Table(StringBuilder text, string[] header, IEnumerable<string[]> rows)
    {
        var all = new List<string[]> { header };
        all.AddRange(rows);
        var widths = Enumerable.Range(0, header.Length).Select(i => all.Max(r => r[i].Length)).ToArray();
        foreach (var row in all)
        {
            text.AppendLine(string.Join("  ", row.Select((cell, i) => i == row.Length - 1 ? cell : cell.PadRight(widths[i]))).TrimEnd());
            if (ReferenceEquals(row, header))
            {
                text.AppendLine(string.Join("  ", widths.Select(w => new string('-', w))));
            }
        }
    }
}
