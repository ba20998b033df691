using Harness.Conformance.Checks;
using Harness.Conformance.Reports;
using Harness.Conformance.Running;
using Harness.Contract;
using Harness.Runs;

namespace Harness.Conformance;

/// <summary>
/// Rewrites a finished conformance run folder's views (junit.xml, summary.md, report.html) from its
/// run.json with this project's own writers, for <c>harness report DIR</c>. run.json itself is left
/// as it is. (Added by the reports engineer; the writers are the conformance suite's.)
/// </summary>
public static class ConformanceReportRewriter
{
    /// <summary>Reads <paramref name="runDirectory"/>/run.json and rewrites the three views; returns the paths written.</summary>
    public static IReadOnlyList<string> Rewrite(string runDirectory) => ConformanceReports.WriteViews(Load(runDirectory), RunFolder.Open(runDirectory));

    // Reports need the profile's name; its rules are in the profile file, not in run.json.
    private static ReceiverProfile? ProfileNamed(string? name) => name switch
    {
        null => null,
        "strict" => ReceiverProfile.Strict,
        "lenient" => ReceiverProfile.Lenient,
        _ => ReceiverProfile.Strict with { Name = name },
    };

    // The link is data from the folder and becomes an href: only a plain anchor of contract.md (row-16, open-points) is kept.
    private static string AnchorOf(string? link) =>
        link?.IndexOf('#', StringComparison.Ordinal) is int at and >= 0 && link[(at + 1)..] is { Length: > 0 and <= 64 } anchor
            && anchor.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') ? anchor : "";

    internal static ConformanceRun Load(string runDirectory)
    {
        var document = ConformanceRunRecord.Read(runDirectory);
        var s = document.Settings;
        var settings = new RunSettings(s.Target, s.Embedded, ProfileNamed(s.Profile), s.Seed, s.Fuzz, s.Concurrency,
            s.Rps, TimeSpan.FromSeconds(s.TimeoutSeconds), s.StartedUtc, s.TokenConfigured, s.Only, s.Skip);
        var checks = RunDocument.ReadChecks(runDirectory);
        var records = document.Checks.Select((c, i) => new CheckRecord(checks[i], new CheckResult(
            c.Id, c.Title, c.Rule, c.SpecRow, c.Field, c.Expected, c.Actual, c.Verdict, c.Curl)
        {
            ExpectedStatus = c.ExpectedStatus,
            ActualStatus = c.ActualStatus,
            ActualErrorCode = c.ActualErrorCode,
            Reason = c.Reason,
            Group = c.Group,
            RedactedCurl = c.Curl,
            ElapsedMs = c.ElapsedMs,
            Basis = RunDocument.ParseKebab(c.Basis, CheckBasis.Contract),
            Anchor = AnchorOf(c.Contract),
            // Schema 1 had no standing: every failure then failed the run.
            Standing = RunDocument.ParseKebab(c.Standing, c.Passed ? Standing.Conforms : Standing.Violation),
            Matches = c.Matches ?? "",
            DeviationFails = s.Profile is not null,
        })).ToArray();
        var findings = document.Findings.Select(f => new Finding(f.Id, f.Title, f.Observed, f.Evidence,
            f.Matches is { } m ? Enum.Parse<Profile>(m, ignoreCase: true) : null)).ToArray();
        return new ConformanceRun(settings, records, findings, TimeSpan.FromSeconds(document.Summary.DurationSeconds),
            document.Summary.Interrupted, [])
        {
            Connection = document.Connection,
        };
    }
}
