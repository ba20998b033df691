namespace Harness.Reports.Gate;

/// <summary>
/// A load run's verdict as the reports show it: the headline (PASSED, FAILED, ABORTED, PARTIAL), its
/// tone (pass, warn or fail; report.html's banner class) and the detail line. report.html and
/// summary.md both print it, so they cannot word it differently.
/// </summary>
internal sealed record LoadVerdict(string Label, string Tone, string Detail)
{
    public static LoadVerdict Of(GateReport gate)
    {
        var run = gate.Run.Load ?? throw new ArgumentException("not a load run", nameof(gate));
        var failed = gate.Conditions.Count(c => c.Verdict == Thresholds.ConditionVerdict.Fail);
        var detail = gate.Conditions.Count == 0 ? "The scenario has no thresholds."
            : $"{gate.Conditions.Count - failed} of {gate.Conditions.Count} thresholds passed.";
        if (gate.Problems.Count > 0)
        {
            detail += " " + string.Join("; ", gate.Problems) + ".";
        }

        if (run.SelfCheck.Understated)
        {
            detail += " The load generator was the bottleneck: the numbers understate the target.";
        }

        return run.Partial ? new("PARTIAL: interrupted", "warn", detail)
            : run.AbortedBy is { } abort ? new($"ABORTED: {abort.Expression}", "fail", detail)
            : gate.Passed ? new("PASSED", "pass", detail)
            : new("FAILED", "fail", detail);
    }
}
