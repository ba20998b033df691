using Harness.Contract;
using Harness.Contract.Validation;
using Harness.Generators.Broken;

namespace Harness.Conformance.Checks;

/// <summary>
/// Gives every check its basis and its anchor in docs/contract.md. Body checks are classified by
/// the validator itself: a check rests on an open point when reading one open point differently
/// changes its expected answer; the rest are found by their rule (routing, size limit, unknown
/// members) or, for a charset other than UTF-8, are not pinned at all.
/// </summary>
internal static class BasisRules
{
    /// <summary>One validator per open point, each reading that one point the other way.</summary>
    private static readonly (string Anchor, AlarmValidator Validator)[] OpenPointReadings =
    [
        ("row-3", new(ReceiverProfile.Strict with { CoercesTime = true })),
        ("row-7", new(ReceiverProfile.Strict with { CaseInsensitiveEnums = true })),
        ("row-8", new(ReceiverProfile.Strict with { CoercesScalars = true })),
        ("row-9", new(ReceiverProfile.Strict with { AcceptsAnyContentType = true })),
        // The nesting limit is open both ways: Jackson allows 1000 levels, a receiver may well allow fewer
        // than the fake's 64 (no field rule sets one), so a valid body nested past a few levels rests on row 9 too.
        ("row-9", new(ReceiverProfile.Strict with { MaxDepth = ContractLimits.MaxDepth * 4 })),
        ("row-9", new(ReceiverProfile.Strict with { MaxDepth = NestingProbes.Shallowest - 1 })),
        ("row-17", new(ReceiverProfile.Strict with { AcceptsBlankStrings = false })),
        ("row-18", new(ReceiverProfile.Strict with { SkipsByteOrderMark = false })),
    ];

    private static readonly AlarmValidator StrictValidator = new(ReceiverProfile.Strict);

    public static ConformanceCheck Classify(ConformanceCheck check)
    {
        var (basis, anchor, latitude) = Of(check);
        return check with { Basis = basis, Anchor = anchor, Latitude = latitude };
    }

    private static (CheckBasis, string, AnswerLatitude) Of(ConformanceCheck check)
    {
        if (check.Steps.Any(s => HasOtherCharset(s.ContentType)))
        {
            return (CheckBasis.NotPinned, "row-9", AnswerLatitude.None);
        }

        if (OpenAnswer(check.Rule) is { } open)
        {
            return open;
        }

        if (ProfileExpectations.IsBodyCheck(check))
        {
            foreach (var (anchor, validator) in OpenPointReadings)
            {
                if (check.Steps.Any(s => Differs(validator, s)))
                {
                    return (CheckBasis.OpenPoint, anchor, AnswerLatitude.None);
                }
            }
        }

        return check.SeparatesProfiles
            ? (CheckBasis.OpenPoint, "open-points", AnswerLatitude.None)
            : (CheckBasis.Contract, ContractAnchor(check), AnswerLatitude.None);
    }

    /// <summary>The open points found by their rule, whose answers are free beyond their status: routing, the size limit, unknown members.</summary>
    private static (CheckBasis, string, AnswerLatitude)? OpenAnswer(string rule) => rule switch
    {
        "method" or "path" => (CheckBasis.OpenPoint, "row-16", AnswerLatitude.AnyEnvelope | AnswerLatitude.FrameworkPage),
        CaseRules.Oversized => (CheckBasis.OpenPoint, "row-10", AnswerLatitude.AnyEnvelope),
        CaseRules.UnknownField or CaseRules.DuplicateKey or "unknown-fields" or "duplicate-keys" =>
            (CheckBasis.OpenPoint, "row-11", AnswerLatitude.WholeBodyRefusal),
        _ => null,
    };

    private static bool Differs(AlarmValidator reading, CheckRequest step)
    {
        var strict = Expectation.From(StrictValidator.Validate(step.Body, step.ContentType));
        var other = Expectation.From(reading.Validate(step.Body, step.ContentType));
        return strict.Status != other.Status || !strict.NamedSubjects.SetEquals(other.NamedSubjects);
    }

    /// <summary>True for <c>application/json</c> with a charset other than UTF-8: what a receiver does with it is not pinned.</summary>
    internal static bool HasOtherCharset(string? contentType) =>
        contentType is not null
        && contentType.Split(';')[0].Trim().Equals("application/json", StringComparison.OrdinalIgnoreCase)
        && contentType.Contains("charset", StringComparison.OrdinalIgnoreCase)
        && !ContentTypeRule.Accepts(contentType, ReceiverProfile.Strict);

    private static string ContractAnchor(ConformanceCheck check) => check.Rule switch
    {
        CaseRules.Key => "row-1",
        "token" => "row-1",
        "auth-before-body" => "row-2",
        CaseRules.TimeFormat or CaseRules.TimeRange => "field-time",
        CaseRules.TooLong or "boundary" or "length-counting" => "row-4",
        CaseRules.Missing or CaseRules.Null or CaseRules.Empty => check.Field is { } f && Harness.Contract.Fields.AlarmFields.Find(f) is { Required: false } ? "row-6" : "row-5",
        CaseRules.EnumCase or CaseRules.EnumSpaces or CaseRules.EnumUnknown or CaseRules.EnumNearMiss => "row-7",
        CaseRules.WrongType => "field-table",
        CaseRules.Malformed or CaseRules.Truncated or CaseRules.EmptyBody or CaseRules.NotAnObject or CaseRules.InvalidUtf8 or CaseRules.ContentType or CaseRules.Nesting => "row-9",
        CaseRules.Several => "row-12",
        CaseRules.Headers => "row-13",
        "recovery" or "repeat" => "row-15",
        _ => "field-table",
    };
}
