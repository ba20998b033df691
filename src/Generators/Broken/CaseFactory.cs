using Harness.Contract.Validation;
using Harness.Generators.Json;

namespace Harness.Generators.Broken;

/// <summary>Short ways to write a case: the valid key, the canonical Content-Type, no extra headers.</summary>
internal static class CaseFactory
{
    public static BrokenCase Body(string id, string title, string? field, string rule, JsonBody body,
        CaseExpectation strict, CaseExpectation lenient) =>
        Raw(id, title, field, rule, body.ToUtf8(), strict, lenient);

    /// <summary>A case whose answer is the same under both profiles.</summary>
    public static BrokenCase Body(string id, string title, string? field, string rule, JsonBody body,
        CaseExpectation both) =>
        Raw(id, title, field, rule, body.ToUtf8(), both, both);

    public static BrokenCase Raw(string id, string title, string? field, string rule, byte[] body,
        CaseExpectation strict, CaseExpectation lenient, string? contentType = ContentTypeRule.Canonical,
        KeyVariant key = KeyVariant.Valid) =>
        new(id, title, field, rule, new BrokenRequest(body, contentType, key, []), strict, lenient);
}
