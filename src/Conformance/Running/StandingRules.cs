using Harness.Conformance.Checks;
using Harness.Conformance.Oracle;
using Harness.Contract;
using Harness.Contract.Envelopes;

namespace Harness.Conformance.Running;

/// <summary>
/// Turns the oracle's judgement of a failing answer into what it means for the verdict: a
/// contract violation, a deviation from the profile (saying which profile the answer matches), or
/// a finding on a point nothing pins.
/// </summary>
internal static class StandingRules
{
    public static (Standing Standing, string Matches, string Reason) Of(
        ConformanceCheck check, Expectation expected, Judgement judgement, TargetResponse response, ProfileInForce profile)
    {
        var matches = Matches(check, response);
        if (judgement.Passed)
        {
            return (Standing.Conforms, matches, "");
        }

        var link = $"contract.md#{check.Anchor}";
        // Routing checks ask for a 404/405 on purpose: a framework's own page with that status is the
        // receiver's answer, not a sign of a wrong base path or of a proxy in front.
        var foreign = check.Latitude.HasFlag(AnswerLatitude.FrameworkPage) && response.Status == expected.Status ? null : ForeignAnswer.Describe(response);
        var detail = foreign is null ? judgement.Reason : $"{judgement.Reason}; {foreign}";
        if (check.Basis == CheckBasis.NotPinned)
        {
            return (Standing.Finding, matches, $"not pinned ({link}): any answer conforms; this one differs from {profile.Reference.Name}: {detail}");
        }

        // A status some reading expects, with a broken envelope: the envelope is pinned even where the status is
        // open, unless the point leaves the answer to a framework or gateway (routing, the size limit).
        var status = response.Status;
        var envelopeBroken = check.Basis == CheckBasis.OpenPoint && matches.Length == 0 && !check.Latitude.HasFlag(AnswerLatitude.AnyEnvelope)
            && status is not null && (status == expected.Status || status == check.Strict.Status || status == check.Lenient.Status)
            && !RefusesTheBodyAsAWhole(check, response);
        if (check.Basis == CheckBasis.Contract || judgement.Verdict == Verdict.TargetError || envelopeBroken)
        {
            return (Standing.Violation, matches, $"violates the contract ({link}): {detail}");
        }

        var matched = matches.Length == 0 ? "no profile" : matches;
        return (Standing.Deviation, matches, $"deviates from profile {profile.Reference.Name} (its answer matches {matched}; {link}): {detail}");
    }

    /// <summary>The named profiles whose expectation the answer meets, e.g. <c>lenient</c>; empty for none.</summary>
    private static string Matches(ConformanceCheck check, TargetResponse response)
    {
        if (check.Basis == CheckBasis.Contract)
        {
            return "";
        }

        var names = new List<string>(2);
        foreach (var named in new[] { Profile.Strict, Profile.Lenient })
        {
            if (EnvelopeOracle.Judge(check.For(named), response).Passed)
            {
                names.Add(ReceiverProfile.For(named).Name);
            }
        }

        return string.Join(", ", names);
    }

    // Row 11 has a reading no profile takes: refuse unknown or repeated members outright (Jackson's
    // FAIL_ON_UNKNOWN_PROPERTIES, STRICT_DUPLICATE_DETECTION, a schema with additionalProperties: false).
    // Such a 400 names the member, not a field the validator would have named, and is a deviation.
    private static bool RefusesTheBodyAsAWhole(ConformanceCheck check, TargetResponse response) =>
        check.Latitude.HasFlag(AnswerLatitude.WholeBodyRefusal) && EnvelopeOracle.Judge(Expectation.Of(ResponseKind.BadBody), response).Passed;
}
