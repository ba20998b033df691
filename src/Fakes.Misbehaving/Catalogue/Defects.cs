using Harness.Contract.Fields;

namespace Harness.Fakes.Misbehaving;

/// <summary>
/// Every defect with the checks a good conformance suite must fail against it. Check ids follow
/// the broken-alarm catalogue (<c>field.rule.variant</c>, <c>body.*</c>, <c>key.*</c>) and the suite's
/// derived checks; field-level sets are derived from the field table, not typed out per field.
/// </summary>
public static class Defects
{
    private static readonly int[] ErrorStatuses = [400, 401, 404, 405, 413];

    /// <summary>Every defect, in <see cref="Defect"/> order.</summary>
    public static IReadOnlyList<DefectInfo> All { get; } = Build();

    /// <summary>The catalogue entry of a defect.</summary>
    public static DefectInfo For(Defect defect) => All[(int)defect];

    private static DefectInfo[] Build()
    {
        var requiredTexts = AlarmFields.All.Where(f => f.Required && f.Kind == JsonKind.String).ToArray();
        var freeTexts = AlarmFields.All.Where(f => f.Kind == JsonKind.String && !f.IsEnum).ToArray();
        var requiredFreeTexts = requiredTexts.Where(f => !f.IsEnum).ToArray();
        var enums = AlarmFields.All.Where(f => f.IsEnum).ToArray();
        var time = AlarmFields.Time.Name;
        var additional = AlarmFields.Additional.Name;

        DefectInfo[] all =
        [
            new(Defect.Accepts256CharacterNames, "accepts-256-character-names",
                "alarmName of 256 UTF-16 units is accepted: the limit is off by one.",
                FailureClass.RuleNotEnforced,
                [$"{AlarmFields.AlarmName.Name}.too-long.*", "probe.length.emoji-over-units", "probe.length.cjk-over-code-points", "several.every-field"]),
            new(Defect.CaseInsensitiveEnumsInStrict, "case-insensitive-enums-in-strict",
                "alarmLevel and alarmStatus are compared ignoring case although the profile is strict.",
                FailureClass.RuleNotEnforced, [.. enums.Select(f => $"{f.Name}.enum.*-case.*"), "probe.enum.lowercase"]),
            new(Defect.AcceptsStringTime, "accepts-string-time",
                "time sent as any JSON string (numeric, a date, a word, blank) is accepted.",
                FailureClass.RuleNotEnforced,
                [$"{time}.string", $"{time}.numeric-string*", $"{time}.iso-8601", $"{time}.empty", $"{time}.whitespace", "probe.coerce.time-as-string", "several.profile-dependent"]),
            new(Defect.AcceptsTimeOutOfRange, "accepts-time-out-of-range",
                "time of 0, negative or past Int64 is accepted: the range 1..Int64.MaxValue is not enforced.",
                FailureClass.RuleNotEnforced, [$"{time}.zero", $"{time}.negative*", $"{time}.overflow*", "several.every-field"]),
            new(Defect.AcceptsAdditionalAsString, "accepts-additional-as-string",
                "additional sent as a string instead of an object is accepted.",
                FailureClass.RuleNotEnforced, [$"{additional}.wrong-type.string", $"{additional}.empty", $"{additional}.whitespace"]),
            new(Defect.CoercesScalarsToStringsInStrict, "coerces-scalars-to-strings-in-strict",
                "Numbers and booleans in string fields are coerced to text although the profile is strict (regionId: 12345 is accepted).",
                FailureClass.RuleNotEnforced,
                [.. freeTexts.SelectMany(f => new[] { $"{f.Name}.wrong-type.number", $"{f.Name}.wrong-type.bool" }), "probe.coerce.text-as-number", "several.profile-dependent"]),
            new(Defect.AcceptsEmptyRequiredStrings, "accepts-empty-required-strings",
                "An empty string is accepted for required fields: the minimum length of 1 is not enforced.",
                FailureClass.RuleNotEnforced, [.. requiredTexts.Select(f => $"{f.Name}.empty")]),
            new(Defect.CountsUtf8Bytes, "counts-utf8-bytes",
                "Lengths are counted in UTF-8 bytes, not UTF-16 units: valid CJK and emoji values at the limit are rejected.",
                FailureClass.ValidInputRejected,
                ["boundary.*.25?.cjk", "boundary.*.25?.emoji", "boundary.*.25?.combining", "probe.length.emoji-max-units", "probe.length.cjk-over-bytes"]),
            new(Defect.CountsCodePoints, "counts-code-points",
                "Lengths are counted in Unicode code points, not UTF-16 units: over-long emoji values (256 units, 128 emoji) are accepted.",
                FailureClass.RuleNotEnforced, ["*.too-long.emoji", "probe.length.emoji-over-units"]),
            new(Defect.RejectsByteOrderMark, "rejects-byte-order-mark",
                "A UTF-8 byte-order mark before the JSON is refused as malformed (Jackson skips it).",
                FailureClass.ValidInputRejected, ["body.bom"]),
            new(Defect.AcceptsInvalidUtf8, "accepts-invalid-utf8",
                "Bytes that are not UTF-8 are decoded with replacement characters and the alarm accepted.",
                FailureClass.RuleNotEnforced, ["body.invalid-utf8.*"]),
            new(Defect.IgnoresDepthLimit, "ignores-depth-limit",
                "Bodies nested deeper than 64 levels are accepted.",
                FailureClass.RuleNotEnforced, ["*.nesting.too-deep*"]),
            new(Defect.RejectsUnknownFields, "rejects-unknown-fields",
                "Bodies with members outside the field table are rejected (the contract ignores them).",
                FailureClass.ValidInputRejected, ["body.unknown-field.scalars", "body.unknown-field.nested", "unknown-fields.ignored"]),
            new(Defect.TreatsWhitespaceAsMissing, "treats-whitespace-as-missing",
                "Whitespace-only values of required fields are refused as missing (@NotBlank instead of @Size).",
                FailureClass.ValidInputRejected, [.. requiredFreeTexts.Select(f => $"{f.Name}.whitespace*")]),
            new(Defect.IgnoresContentType, "ignores-content-type",
                "The Content-Type header is not checked although the profile is strict.",
                FailureClass.RuleNotEnforced, ["content-type.*", "probe.content-type.missing"], [400]),
            new(Defect.IgnoresBodyLimit, "ignores-body-limit",
                "Bodies over the size limit are judged instead of answered 413.",
                FailureClass.RuleNotEnforced, ["body.size.over-limit"]),
            new(Defect.ChecksBodyBeforeAuth, "checks-body-before-auth",
                "The body is judged before the key: a broken body with a bad key gets 400, not 401.",
                FailureClass.WrongStatus, ["key.*.*", "token.*.with-broken-body"], [401]),
            new(Defect.IgnoresToken, "ignores-token",
                "The X-Auth-Token requirement is not enforced (run the suite with the token to see it).",
                FailureClass.RuleNotEnforced, ["token.*"]),
            new(Defect.AcceptsUnknownKeys, "accepts-unknown-keys",
                "Any integration key is accepted.",
                FailureClass.RuleNotEnforced, ["key.*"], [401]),
            new(Defect.MissingKeyAnsweredAs404, "missing-key-answered-as-404",
                "The route without a key segment answers 404 (no route matched) instead of 401.",
                FailureClass.WrongStatus, ["key.missing*"]),
            new(Defect.CaseInsensitiveKeys, "case-insensitive-keys",
                "Integration keys are compared ignoring case.",
                FailureClass.RuleNotEnforced, ["key.wrong-case*"]),
            new(Defect.ComparesKeyUndecoded, "compares-key-undecoded",
                "The key is compared before percent-decoding: the valid key sent percent-encoded is refused.",
                FailureClass.ValidInputRejected, ["key.percent-encoded"]),
            new(Defect.MissingProviderCode, "missing-provider-code",
                "Envelopes leave out provider_code.",
                FailureClass.WrongEnvelope, ["*"]),
            new(Defect.MessageOmitsViolations, "message-omits-violations",
                "400 answers say only \"Incorrect request body.\" instead of naming the violated fields.",
                FailureClass.WrongEnvelope,
                [.. AlarmFields.All.Select(f => $"{f.Name}.*"), "several.*", "probe.*", "body.duplicate-key.*", "body.unknown-field.*"],
                [400], ["*.nesting.too-deep", "probe.content-type.*"]),
            new(Defect.ReportsFirstViolationOnly, "reports-first-violation-only",
                "400 answers name only the first violated field of several.",
                FailureClass.WrongEnvelope, ["several.*"]),
            new(Defect.ErrorsAnsweredWith200, "errors-answered-with-200",
                "Every error is answered with HTTP 200 carrying the error envelope.",
                FailureClass.RuleNotEnforced, ["*"], ErrorStatuses),
            new(Defect.UnauthorizedAnsweredAs400, "unauthorized-answered-as-400",
                "401 answers go out with status 400.",
                FailureClass.WrongStatus, ["*"], [401]),
            new(Defect.NullErrorMessage, "null-error-message",
                "Error envelopes carry error_msg null instead of a message.",
                FailureClass.WrongEnvelope, ["*"], ErrorStatuses),
            new(Defect.TextPlainContentType, "text-plain-content-type",
                "Every answer is labelled Content-Type: text/plain (the body is still the JSON envelope).",
                FailureClass.WrongEnvelope, ["*"]),
            new(Defect.DataNotNull, "data-not-null",
                "data is an empty object instead of null.",
                FailureClass.WrongEnvelope, ["*"]),
            new(Defect.WrongSuccessCode, "wrong-success-code",
                "Success carries error_code \"SUCCESS\" instead of COC.00000000 (or \"0\").",
                FailureClass.WrongEnvelope, ["*"], [200]),
            new(Defect.WrongBadRequestCode, "wrong-bad-request-code",
                "400 answers carry error_code \"400\" instead of COC.00000001.",
                FailureClass.WrongEnvelope, ["*"], [400]),
            new(Defect.ServerErrorOnMalformedJson, "server-error-on-malformed-json",
                "Malformed or truncated JSON crashes the handler: 500.",
                FailureClass.TargetError, ["body.malformed.*", "body.truncated.*"]),
            new(Defect.MethodNotAllowedAnsweredAs404, "method-not-allowed-answered-as-404",
                "Other methods on the route are answered 404 instead of 405.",
                FailureClass.WrongStatus, ["route.method.*"]),
            new(Defect.RoutingErrorsWithoutEnvelope, "routing-errors-without-envelope",
                "404 and 405 go out as the web framework's bare answers, with no body and no Content-Type.",
                FailureClass.WrongEnvelope, ["route.*"]),
            new(Defect.SlowRecoveries, "slow-recoveries",
                "Accepted recoveries (alarmStatus ok) are answered only after a delay beyond the suite's timeout.",
                FailureClass.TargetError, [$"boundary.{AlarmFields.AlarmStatus.Name}.{AlarmStatuses.Ok}", "sequence.*recovery*"]),
            new(Defect.AcceptsNearMissEnums, "accepts-near-miss-enums",
                "Values other alerting tools send (warning, resolved, P1, Disaster, CRITICAL, ...) are accepted for alarmLevel and alarmStatus.",
                FailureClass.RuleNotEnforced, [.. enums.Select(f => $"{f.Name}.near-miss.*")], [400]),
        ];

        for (var i = 0; i < all.Length; i++)
        {
            if ((int)all[i].Defect != i)
            {
                throw new InvalidOperationException($"The defect catalogue is out of order at {all[i].Defect}.");
            }
        }

        return all;
    }
}
