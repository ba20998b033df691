using Harness.Contract.Validation;
using Harness.Generators.Valid;

namespace Harness.Generators.Broken;

/// <summary>
/// The spec example with headers a client may add: none changes the verdict, and every answer
/// is still the JSON envelope (DECISIONS row 13), whatever the client says it accepts.
/// </summary>
internal static class HeaderCases
{
    private static readonly (string Id, string Title, string Name, string Value)[] Headers =
    [
        ("accept-xml", "Accept: application/xml", "Accept", "application/xml"),
        ("request-id", "an X-Request-Id header", "X-Request-Id", "7f3c2a9e-0d1b-4c55-9a61-3b8f1e2d4c70"),
        ("user-agent", "a monitoring agent's User-Agent", "User-Agent", "zabbix-webhook/7.0"),
    ];

    public static IEnumerable<BrokenCase> All()
    {
        var body = SpecExample.Body.ToUtf8();
        foreach (var (id, title, name, value) in Headers)
        {
            yield return new BrokenCase($"headers.{id}", $"the spec example sent with {title}", null, CaseRules.Headers,
                new BrokenRequest(body, ContentTypeRule.Canonical, KeyVariant.Valid, [new(name, value)]),
                CaseExpectation.Accepted, CaseExpectation.Accepted);
        }
    }
}
