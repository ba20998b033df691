using Harness.Conformance.Checks;
using Harness.Runs;

namespace Harness.Conformance.Reports;

/// <summary>
/// junit.xml of a conformance run: one testsuite per group, one testcase per check named by its stable
/// id, failures carrying expected vs actual and the curl line, skipped checks recorded as skipped.
/// </summary>
internal static class JunitReport
{
    public const string FileName = Runs.JunitWriter.FileName;

    public static string Render(ConformanceRun run) =>
        Runs.JunitWriter.Write($"harness conformance (profile {run.Profile?.Name ?? "none: contract only"})", run.Duration.TotalSeconds,
            [.. run.Records.GroupBy(r => r.Check.Group).Select(group => new JunitSuite($"conformance.{Contract.Text.CamelEnumConverter<CheckGroup>.Name(group.Key)}", run.StartedUtc,
                group.Sum(r => r.Result.ElapsedMs) / 1000, [.. group.Select(r => Case(run, r.Check.Group, r.Result))]))]);

    private static JunitCase Case(ConformanceRun run, CheckGroup group, CheckResult check)
    {
        // CI tools that read properties can keep contract violations and profile deviations apart.
        List<KeyValuePair<string, string>> properties =
        [
            new("basis", RunDocument.Kebab(check.Basis)),
            new("standing", RunDocument.Kebab(check.Standing)),
            new("contract", RunDocument.ContractLink(check.Anchor)),
        ];
        if (check.Matches.Length > 0)
        {
            properties.Add(new("matches", check.Matches));
        }

        return new JunitCase($"conformance.{Contract.Text.CamelEnumConverter<CheckGroup>.Name(group)}", check.Id, check.ElapsedMs / 1000)
        {
            Properties = properties,
            Skipped = check.Verdict == Verdict.Skipped ? check.Reason : null,
            Problem = check.Passed ? null : new JunitProblem(check.Verdict == Verdict.TargetError, check.Verdict.ToString(),
                run.Redact($"{check.Verdict}: {check.Reason}"),
                run.Redact($"{check.Title}\nrule: {check.Rule} ({check.SpecRow})\nexpected: {check.Expected}\nactual:   {check.Actual}\n\n{check.RedactedCurl}\n")),
            // Reported, not failed (no profile given, or a point nothing pins).
            SystemOut = check.Passed && check.Standing is Standing.Deviation or Standing.Finding ? run.Redact($"{check.Reason}\nactual: {check.Actual}") : null,
        };
    }
}
