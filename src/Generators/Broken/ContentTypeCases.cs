using Harness.Contract.Validation;
using Harness.Generators.Valid;

namespace Harness.Generators.Broken;

/// <summary>
/// The spec example under other Content-Type headers (DECISIONS row 9): strict takes only
/// <c>application/json</c> with no charset or a UTF-8 one; lenient takes anything.
/// </summary>
internal static class ContentTypeCases
{
    private static readonly (string Id, string Title, string? Header, bool StrictAccepts)[] Headers =
    [
        ("missing", "no Content-Type header", null, false),
        ("text-plain", "text/plain", "text/plain", false),
        ("form", "a form content type", "application/x-www-form-urlencoded", false),
        ("xml", "application/xml", "application/xml", false),
        ("json-suffix", "a +json vendor type", "application/vnd.alarm+json", false),
        ("charset.none", "application/json without a charset", "application/json", true),
        ("charset.lower-case", "charset=utf-8 in lower case with a space", "application/json; charset=utf-8", true),
        ("charset.quoted", "a quoted charset", "application/json; charset=\"UTF-8\"", true),
        ("charset.upper-case-type", "the media type in capitals", "APPLICATION/JSON;CHARSET=UTF-8", true),
        ("charset.latin1", "charset=ISO-8859-1", "application/json; charset=ISO-8859-1", false),
        ("charset.utf16", "charset=UTF-16 on a UTF-8 body", "application/json; charset=UTF-16", false),
    ];

    public static IEnumerable<BrokenCase> All()
    {
        var body = SpecExample.Body.ToUtf8();
        foreach (var (id, title, header, strictAccepts) in Headers)
        {
            var strict = strictAccepts ? CaseExpectation.Accepted : CaseExpectation.Body(BodyProblem.UnsupportedContentType);
            yield return CaseFactory.Raw($"content-type.{id}", $"the spec example sent with {title}", null,
                CaseRules.ContentType, body, strict, CaseExpectation.Accepted, header);
        }
    }
}
