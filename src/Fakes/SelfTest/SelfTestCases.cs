using System.Text;
using Harness.Contract;
using Harness.Contract.Envelopes;
using Harness.Contract.Fields;
using Harness.Contract.Validation;

namespace Harness.Fakes.SelfTest;

/// <summary>
/// The spec's example and one request per DECISIONS.md row, each expecting what the profile's
/// reading of that row gives (a profile file reads each open point on its own, so the expectation
/// follows the flag of that row, not the profile's name).
/// </summary>
internal static class SelfTestCases
{
    public const string SpecExample = SpecRequestExample.Json;

    /// <summary>A second key with characters that must be percent-encoded in the path (row 19).</summary>
    public const string EncodedKey = "self test/key é";

    public const string Token = "self-test-token";

    public static IReadOnlyList<SelfTestCase> For(ReceiverProfile profile, string key, int maxBodyBytes)
    {
        var path = IntegrationKeyRule.PathFor(key);
        var json = ContentTypeRule.Canonical;
        SelfTestCase Post(string row, string title, string body, ResponseKind expected, string? message = null) =>
            new(row, title, HttpMethod.Post, path, Encoding.UTF8.GetBytes(body), json, expected, message);
        // A row the profile reads leniently is accepted; read strictly, it is refused with this message.
        (ResponseKind, string?) Unless(bool lenient, string message) => lenient ? (ResponseKind.Success, null) : (ResponseKind.BadBody, message);
        SelfTestCase PostOpen(string row, string title, string body, (ResponseKind Kind, string? Message) expected) =>
            Post(row, title, body, expected.Kind, expected.Message);

        return
        [
            Post("spec", "the spec's request example", SpecExample, ResponseKind.Success, "success"),
            new("1", "unknown integration key", HttpMethod.Post, IntegrationKeyRule.PathFor("no-such-key"), Encoding.UTF8.GetBytes(SpecExample), json, ResponseKind.Unauthorized, "Token missing or invalid."),
            new("1", "X-Auth-Token required but missing", HttpMethod.Post, path, Encoding.UTF8.GetBytes(SpecExample), json, ResponseKind.Unauthorized, UseTokenReceiver: true),
            new("1", "X-Auth-Token required and given", HttpMethod.Post, path, Encoding.UTF8.GetBytes(SpecExample), json, ResponseKind.Success, UseTokenReceiver: true, Token: Token),
            new("2", "unknown key with a broken body", HttpMethod.Post, IntegrationKeyRule.PathFor("no-such-key"), "{broken"u8.ToArray(), json, ResponseKind.Unauthorized),
            PostOpen("3", "time as a numeric string", With("time", "\"1709118444540\""), Unless(profile.CoercesTime, Messages.For(AlarmFields.Time, ViolationRule.Type))),
            Post("4", "alarmName of 256 UTF-16 units (128 emoji)", With("alarmName", Quote(string.Concat(Enumerable.Repeat("🚨", 128)))), ResponseKind.BadBody, Messages.For(AlarmFields.AlarmName, ViolationRule.Size)),
            Post("5", "alarmId null", With("alarmId", "null"), ResponseKind.BadBody, Messages.For(AlarmFields.AlarmId, ViolationRule.Missing)),
            Post("6", "optional regionId empty", With("regionId", "\"\""), ResponseKind.Success),
            PostOpen("7", "alarmLevel in the wrong case", With("alarmLevel", "\"critical\""), Unless(profile.CaseInsensitiveEnums, Messages.For(AlarmFields.AlarmLevel, ViolationRule.Enum))),
            PostOpen("8", "alarmName as a number", With("alarmName", "42"), Unless(profile.CoercesScalars, Messages.For(AlarmFields.AlarmName, ViolationRule.Type))),
            Post("9", "malformed JSON", "{\"alarmId\": ", ResponseKind.BadBody, Messages.For(BodyProblem.MalformedJson)),
            ContentType("text/plain", Unless(profile.AcceptsAnyContentType, Messages.For(BodyProblem.UnsupportedContentType))),
            .. NestedTooDeep(profile.MaxDepth),
            Post("10", $"body over {maxBodyBytes} bytes", With("additional", "{\"pad\":" + Quote(new string('p', maxBodyBytes)) + "}"), ResponseKind.TooLarge, "Request entity too large"),
            Post("11", "unknown field and a duplicate key", SpecExample.TrimEnd()[..^1] + ", \"extra\": 1, \"alarmId\": \"dup\" }", ResponseKind.Success),
            Post("12", "alarmId and alarmName missing", Without("alarmId", "alarmName"), ResponseKind.BadBody,
                Messages.For(AlarmFields.AlarmId, ViolationRule.Missing) + Messages.Separator + Messages.For(AlarmFields.AlarmName, ViolationRule.Missing)),
            new("14", "two requests at once under a 1/s limit", HttpMethod.Post, path, Encoding.UTF8.GetBytes(SpecExample), json, ResponseKind.Throttled,
                ResponseCodes.ThrottledMessage(1), UseTokenReceiver: true, Token: Token,
                Extra: (response, _) => response.Headers.RetryAfter?.Delta is null ? "no Retry-After header" : null, SendTimes: 2),
            Post("15", "ok for an alarm never raised", With("alarmId", "\"never-raised\"").Replace("\"alarm\"", "\"ok\"", StringComparison.Ordinal), ResponseKind.Success) with
            {
                Extra = (_, stats) => stats.Alarms.OrphanRecoveries == 1 ? null : $"orphanRecoveries is {stats.Alarms.OrphanRecoveries}, expected 1",
            },
            new("16", "GET on the route", HttpMethod.Get, path, null, null, ResponseKind.MethodNotAllowed,
                Extra: (response, _) => response.Content.Headers.Allow.Contains("POST") ? null : "no Allow: POST header"),
            new("16", "POST to another path", HttpMethod.Post, "/v1/event/huawei/other", Encoding.UTF8.GetBytes(SpecExample), json, ResponseKind.NotFound),
            PostOpen("17", "alarmDesc of blanks only", With("alarmDesc", "\"   \""), Unless(profile.AcceptsBlankStrings, Messages.For(AlarmFields.AlarmDesc, ViolationRule.Missing))),
            ByteOrderMark(Unless(profile.SkipsByteOrderMark, Messages.For(BodyProblem.MalformedJson))),
            new("19", "no key: .../custom/", HttpMethod.Post, IntegrationKeyRule.RoutePrefix + "/", Encoding.UTF8.GetBytes(SpecExample), json, ResponseKind.Unauthorized),
            new("19", "percent-encoded key", HttpMethod.Post, IntegrationKeyRule.PathFor(EncodedKey), Encoding.UTF8.GetBytes(SpecExample), json, ResponseKind.Success),
        ];

        SelfTestCase ContentType(string contentType, (ResponseKind Kind, string? Message) expected) =>
            new("9", $"Content-Type {contentType}", HttpMethod.Post, path, Encoding.UTF8.GetBytes(SpecExample), contentType, expected.Kind, expected.Message);
        // Unknown members are ignored (row 11) but still read, so their nesting counts; none when such a body would be over the limit.
        IEnumerable<SelfTestCase> NestedTooDeep(int maxDepth)
        {
            var body = SpecExample.TrimEnd()[..^1] + ", \"nested\": " + new string('[', maxDepth) + new string(']', maxDepth) + " }";
            return Encoding.UTF8.GetByteCount(body) > maxBodyBytes ? []
                : [Post("9", $"containers nested {maxDepth + 1} deep (the profile allows {maxDepth})", body, ResponseKind.BadBody, Messages.For(BodyProblem.TooDeep, maxDepth))];
        }

        SelfTestCase ByteOrderMark((ResponseKind Kind, string? Message) expected) =>
            new("18", "UTF-8 byte-order mark before the JSON", HttpMethod.Post, path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(SpecExample)], json, expected.Kind, expected.Message);
    }

    private static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    private static string With(string field, string rawValue)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(SpecExample)!.AsObject();
        node[field] = System.Text.Json.Nodes.JsonNode.Parse(rawValue);
        return node.ToJsonString();
    }

    private static string Without(params string[] fields)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(SpecExample)!.AsObject();
        foreach (var field in fields)
        {
            node.Remove(field);
        }

        return node.ToJsonString();
    }
}
