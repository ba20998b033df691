using Harness.Contract.Envelopes;
using Harness.Contract.Fields;
using Harness.Generators.Broken;

namespace Harness.Conformance.Checks;

/// <summary>
/// The route itself (contract.md#row-16, an open point): other methods on it are 405 and other
/// paths 404, both with the envelope, whose error_code and error_msg are not pinned. Derived from the response codes table, not from the body rules.
/// </summary>
internal static class RouteChecks
{
    public const string SpecRow = "contract.md#row-16 (methods and paths)";

    private static readonly string[] OtherMethods = ["GET", "PUT", "DELETE", "PATCH"];

    public static IEnumerable<ConformanceCheck> All(byte[] example)
    {
        var notAllowed = Expectation.Of(ResponseKind.MethodNotAllowed) with { ErrorCode = Expectation.AnyErrorCode };
        foreach (var method in OtherMethods)
        {
            var carriesBody = method is "PUT" or "PATCH";
            var request = CheckRequest.Json(carriesBody ? example : []) with
            {
                Method = method,
                ContentType = carriesBody ? CheckRequest.Json(example).ContentType : null,
            };
            yield return Make($"route.method.{method.ToLowerInvariant()}", $"{method} on the route with a valid key", "method", request, notAllowed);
        }

        // The route's parent with one more segment: a path no API lives on.
        var parent = IntegrationKeyRule.RoutePrefix[..IntegrationKeyRule.RoutePrefix.LastIndexOf('/')];
        var unknown = CheckRequest.Json(example) with { Path = $"{parent}/conformance-unknown/{CheckRequest.KeyPlaceholder}" };
        yield return Make("route.path.unknown", "the spec example posted to a path outside the route", "path", unknown, Expectation.Of(ResponseKind.NotFound) with { ErrorCode = Expectation.AnyErrorCode });
    }

    private static ConformanceCheck Make(string id, string title, string rule, CheckRequest request, Expectation expected) =>
        new(id, title, CheckGroup.Route, rule, SpecRow, null, [request with { Key = KeyVariant.Valid }], expected, expected);
}
