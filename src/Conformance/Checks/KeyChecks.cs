using Harness.Contract.Fields;
using Harness.Contract.Validation;
using Harness.Generators.Broken;

namespace Harness.Conformance.Checks;

/// <summary>
/// Auth before body (DECISIONS row 2): every key-level catalogue case expecting 401 with a valid
/// body again with a broken one, which must still be 401; and, when a token is configured, its absence or a wrong one.
/// </summary>
internal static class KeyChecks
{
    public static IEnumerable<ConformanceCheck> AuthBeforeBody(IEnumerable<ConformanceCheck> catalogue, byte[] brokenBody, AlarmValidator strict)
    {
        foreach (var check in catalogue)
        {
            // Key cases whose body is already broken prove the rule themselves.
            var request = check.Steps[0];
            if (request.Key == KeyVariant.Valid || check.Strict.Status != 401 || check.Lenient.Status != 401
                || !strict.Validate(request.Body, request.ContentType).IsValid)
            {
                continue;
            }

            yield return check with
            {
                Id = check.Id + ".with-broken-body",
                Title = check.Title + ", with a body that is broken too",
                Rule = "auth-before-body",
                SpecRow = SpecRows.AuthBeforeBody,
                Steps = [request with { Body = brokenBody }],
            };
        }
    }

    public static IEnumerable<ConformanceCheck> Token(byte[] validBody, byte[] brokenBody)
    {
        var header = IntegrationKeyRule.TokenHeader;
        yield return Make("token.missing", $"valid key and body, {header} left out", CheckRequest.Json(validBody) with { Token = TokenMode.Omitted });
        yield return Make("token.wrong", $"valid key and body, a wrong {header}", CheckRequest.Json(validBody) with { Token = TokenMode.Wrong });
        yield return Make("token.missing.with-broken-body", $"{header} left out and a broken body", CheckRequest.Json(brokenBody) with { Token = TokenMode.Omitted }) with
        {
            Rule = "auth-before-body",
            SpecRow = SpecRows.AuthBeforeBody,
        };
    }

    private static ConformanceCheck Make(string id, string title, CheckRequest request) =>
        new(id, title, CheckGroup.Key, "token", SpecRows.Token, null, [request], Expectation.Unauthorized, Expectation.Unauthorized);
}
