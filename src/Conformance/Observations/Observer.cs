using Harness.Conformance.Checks;
using Harness.Contract;
using Harness.Contract.Envelopes;

namespace Harness.Conformance.Observations;

/// <summary>
/// Reads the answers to the probes (and to every check whose expectation depends on the profile)
/// as observations: how the target counts lengths, which success code it returns, whether its
/// enums are case-sensitive, whether it coerces, and which profile it matches.
/// </summary>
internal static class Observer
{
    public const string ProfileFindingId = "profile";

    public static IReadOnlyList<Finding> Observe(IReadOnlyList<CheckRecord> records, ReceiverProfile? active)
    {
        var byId = records.ToDictionary(r => r.Check.Id, r => r.Result, StringComparer.Ordinal);
        var findings = new List<Finding>();
        Add(findings, LengthCounting.Observe(byId));
        Add(findings, SuccessCode(records));
        Add(findings, Binary(byId, "enum-case", "Are enum values case-sensitive?", [ProbeChecks.EnumLowercase],
            "case-insensitive: an allowed value in the wrong case is accepted", "case-sensitive: an allowed value in the wrong case is rejected"));
        Add(findings, Binary(byId, "coercion", "Does the target coerce JSON types?", [ProbeChecks.CoerceTimeString, ProbeChecks.CoerceTextNumber],
            "it coerces: a numeric string for time and a number for a text field are accepted", "it does not coerce: wrong JSON types are rejected"));
        Add(findings, ContentType(byId));
        findings.AddRange(NotPinned(records));
        findings.Add(SuggestProfile(records, active));
        return findings;
    }

    private static void Add(List<Finding> findings, Finding? finding)
    {
        if (finding is not null)
        {
            findings.Add(finding);
        }
    }

    private static Finding? SuccessCode(IReadOnlyList<CheckRecord> records)
    {
        var codes = records.Where(r => r.Result.ActualStatus == 200 && r.Result.ActualErrorCode is not null)
            .GroupBy(r => r.Result.ActualErrorCode!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .Select(g => $"'{g.Key}' ({g.Count()} answers)")
            .ToArray();
        if (codes.Length == 0)
        {
            return null;
        }

        var primary = ResponseCodes.For(ResponseKind.Success).ErrorCode;
        var note = codes.Length > 1 ? "; more than one success code was seen"
            : codes[0].StartsWith($"'{primary}'", StringComparison.Ordinal) ? " (the spec example's code)"
            : codes[0].StartsWith($"'{ResponseCodes.AlternativeSuccessCode}'", StringComparison.Ordinal) ? " (the spec table's \"0\", accepted)"
            : " (neither accepted success code)";
        return new Finding("success-code", "Which success code does the target return?",
            "error_code on 200: " + string.Join(", ", codes) + note, [], null);
    }

    /// <summary>A yes/no question answered by probes that are accepted (lenient behaviour) or rejected with 400 (strict).</summary>
    private static Finding? Binary(Dictionary<string, CheckResult> byId, string id, string title, string[] probes, string accepted, string rejected)
    {
        var answers = probes.Select(p => byId.GetValueOrDefault(p)?.ActualStatus).ToArray();
        if (answers.Any(a => a is null))
        {
            return null;
        }

        var acceptedAll = answers.All(a => a is >= 200 and < 300);
        var rejectedAll = answers.All(a => a == 400);
        var observed = acceptedAll ? accepted : rejectedAll ? rejected
            : $"mixed: {string.Join(", ", probes.Zip(answers, (p, a) => $"{p} answered {a}"))}";
        Profile? matches = acceptedAll ? Profile.Lenient : rejectedAll ? Profile.Strict : null;
        return new Finding(id, title, observed, probes, matches);
    }

    // A profile file holds one answer for a missing and a foreign Content-Type (row 9): when the target
    // answers them differently, say which one the written file follows rather than let it pass as observed.
    private static Finding? ContentType(Dictionary<string, CheckResult> byId)
    {
        var finding = Binary(byId, "content-type", "Is a body without Content-Type, or sent as text/plain, read as JSON?",
            [ProbeChecks.ContentTypeMissing, ProfileObserver.ForeignContentType],
            "accepted: the body is read whatever the Content-Type", "rejected: a JSON Content-Type is required");
        var foreign = byId.GetValueOrDefault(ProfileObserver.ForeignContentType)?.ActualStatus is >= 200 and < 300;
        var missing = byId.GetValueOrDefault(ProbeChecks.ContentTypeMissing)?.ActualStatus is >= 200 and < 300;
        if (finding is null || foreign == missing)
        {
            return finding;
        }

        var written = foreign ? "any" : "json-only";
        return finding with
        {
            Observed = finding.Observed + $"; a profile file has one answer for both: --write-profile follows text/plain (contentType: {written})",
        };
    }

    /// <summary>What the target did on points nothing pins: one finding per check whose answer differed from the reference reading.</summary>
    private static IEnumerable<Finding> NotPinned(IReadOnlyList<CheckRecord> records) =>
        records.Where(r => r.Result.Standing == Standing.Finding).Select(r => new Finding(
            "not-pinned." + r.Result.Id, $"{r.Result.Title} (not pinned: any answer conforms)",
            $"answered {r.Result.ActualStatus?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "nothing"}"
            + (r.Result.ActualErrorCode is { } code ? $" {code}" : ""), [r.Result.Id], null));

    /// <summary>Counts which profile explains the statuses of every check whose expectation depends on it.</summary>
    private static Finding SuggestProfile(IReadOnlyList<CheckRecord> records, ReceiverProfile? active)
    {
        var separating = records.Where(r => r.Check.SeparatesProfiles && r.Result.ActualStatus is not null).ToArray();
        var strict = separating.Count(r => r.Result.ActualStatus == r.Check.Strict.Status);
        var lenient = separating.Count(r => r.Result.ActualStatus == r.Check.Lenient.Status);
        Profile? best = strict > lenient ? Profile.Strict : lenient > strict ? Profile.Lenient : null;
        var observed = separating.Length == 0
            ? "no check that tells the profiles apart was answered"
            : $"strict explains {strict} and lenient {lenient} of the {separating.Length} answers that tell the profiles apart"
              + (best is null ? "; neither fits better" : $": suggest --profile {best.Value.ToString().ToLowerInvariant()}")
              + (best is { } b && (active is null || active.Named != b) ? $" (this run used {active?.Name ?? "no profile"})" : "");
        return new Finding(ProfileFindingId, "Which profile matches the target?", observed,
            separating.Select(r => r.Check.Id).ToArray(), best);
    }
}
