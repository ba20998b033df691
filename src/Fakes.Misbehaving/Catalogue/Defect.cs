namespace Harness.Fakes.Misbehaving;

/// <summary>
/// One planted contract violation. A target started with a defect behaves like a correct
/// receiver (DECISIONS.md, under its profile) in everything else. <see cref="Defects"/> says, per
/// defect, which checks a good suite must fail.
/// </summary>
public enum Defect
{
    // What the receiver accepts or rejects.

    /// <summary><c>alarmName</c> of 256 UTF-16 units is accepted (off-by-one on the limit).</summary>
    Accepts256CharacterNames,

    /// <summary>Enums compared ignoring case although the profile is strict.</summary>
    CaseInsensitiveEnumsInStrict,

    /// <summary><c>time</c> sent as a JSON string is accepted.</summary>
    AcceptsStringTime,

    /// <summary><c>time</c> of 0 or below is accepted (range not enforced).</summary>
    AcceptsTimeOutOfRange,

    /// <summary><c>additional</c> sent as a string (not an object) is accepted.</summary>
    AcceptsAdditionalAsString,

    /// <summary>Numbers and booleans are coerced into string fields although the profile is strict.</summary>
    CoercesScalarsToStringsInStrict,

    /// <summary>An empty string is accepted for a required field (minimum length not enforced).</summary>
    AcceptsEmptyRequiredStrings,

    /// <summary>Lengths counted in UTF-8 bytes, not UTF-16 units: valid CJK and emoji near 255 are rejected.</summary>
    CountsUtf8Bytes,

    /// <summary>Lengths counted in Unicode code points: an emoji counts once, so 128 emoji (256 units) pass.</summary>
    CountsCodePoints,

    /// <summary>A UTF-8 byte-order mark before the JSON is refused as malformed.</summary>
    RejectsByteOrderMark,

    /// <summary>Bytes that are not UTF-8 are decoded leniently (replacement characters) instead of refused.</summary>
    AcceptsInvalidUtf8,

    /// <summary>Bodies nested deeper than 64 levels are accepted.</summary>
    IgnoresDepthLimit,

    /// <summary>Bodies with properties outside the field table are rejected.</summary>
    RejectsUnknownFields,

    /// <summary>Whitespace-only strings are treated as missing (<c>@NotBlank</c> instead of <c>@Size</c>).</summary>
    TreatsWhitespaceAsMissing,

    /// <summary>The Content-Type header is not checked although the profile is strict.</summary>
    IgnoresContentType,

    /// <summary>Bodies over the size limit are read and judged instead of answered 413.</summary>
    IgnoresBodyLimit,

    // Credentials.

    /// <summary>The body is judged before the key: a broken body with a bad key is 400, not 401.</summary>
    ChecksBodyBeforeAuth,

    /// <summary>The <c>X-Auth-Token</c> requirement is not enforced.</summary>
    IgnoresToken,

    /// <summary>Any key is accepted.</summary>
    AcceptsUnknownKeys,

    /// <summary>The route without a key segment answers 404 (no route matched) instead of 401.</summary>
    MissingKeyAnsweredAs404,

    /// <summary>Keys compared ignoring case.</summary>
    CaseInsensitiveKeys,

    /// <summary>The key is compared before percent-decoding, so an encoded valid key is refused.</summary>
    ComparesKeyUndecoded,

    // The answer.

    /// <summary>Envelopes without <c>provider_code</c>.</summary>
    MissingProviderCode,

    /// <summary>400 answers say only "Incorrect request body." instead of naming the violated fields.</summary>
    MessageOmitsViolations,

    /// <summary>400 answers name only the first violated field.</summary>
    ReportsFirstViolationOnly,

    /// <summary>Errors answered with HTTP 200 carrying the error envelope.</summary>
    ErrorsAnsweredWith200,

    /// <summary>401 answered as 400.</summary>
    UnauthorizedAnsweredAs400,

    /// <summary>Error envelopes carry <c>error_msg: null</c>.</summary>
    NullErrorMessage,

    /// <summary>Every answer has <c>Content-Type: text/plain</c>.</summary>
    TextPlainContentType,

    /// <summary><c>data</c> is an empty object instead of null.</summary>
    DataNotNull,

    /// <summary>Success carries <c>error_code</c> "SUCCESS" instead of <c>COC.00000000</c> (or "0").</summary>
    WrongSuccessCode,

    /// <summary>400 answers carry a made-up <c>error_code</c> instead of <c>COC.00000001</c>.</summary>
    WrongBadRequestCode,

    /// <summary>Malformed JSON crashes the handler: 500.</summary>
    ServerErrorOnMalformedJson,

    /// <summary>Other methods on the route answered 404 instead of 405.</summary>
    MethodNotAllowedAnsweredAs404,

    /// <summary>404 and 405 go out as the web framework's bare answers: no body, no Content-Type.</summary>
    RoutingErrorsWithoutEnvelope,

    /// <summary>Accepted recoveries (<c>alarmStatus: ok</c>) are answered after a delay beyond any sane timeout.</summary>
    SlowRecoveries,

    /// <summary>
    /// Enum values that users of other alerting tools send (<c>warning</c>, <c>resolved</c>, <c>P1</c>,
    /// <c>Disaster</c>: the generators' near-miss table) are accepted, as if mapped to a value.
    /// </summary>
    AcceptsNearMissEnums,
}
