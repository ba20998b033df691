using System.Text;
using Harness.Contract;
using Harness.Contract.Envelopes;
using Harness.Contract.Fields;
using Harness.Contract.Validation;

namespace Harness.Fakes.SelfTest;

/// <summary>The spec's example and one request per DECISIONS.md row, with the expectation of each profile.</summary>
internal static class SelfTestCases
{
    public const string SpecExample = SpecRequestExample.Json;

    /// <summary>A second key with characters that must be percent-encoded in the path (row 19).</summary>
    public const string EncodedKey = "self test/key é";

    public const string Token = "self-test-token";

    public static IReadOnlyList<SelfTestCase> For(Profile profile, string key, int maxBodyBytes)
    {
        var strict = profile == Profile.Strict;
        var path = IntegrationKeyRule.PathFor(key);
        var json = ContentTypeRule.Canonical;
        SelfTestCase Post(string row, string title, string body, ResponseKind expected, string? message = null) =>
            new(row, title, HttpMethod.Post, path, Encoding.UTF8.GetBytes(body), json, expected, message);
        ResponseKind StrictOnly(ResponseKind kind) => strict ? kind : ResponseKind.Success;

        return
        [
            Post("spec", "the spec's request example", SpecExample, ResponseKind.Success, "success"),
            new("1", "unknown integration key", HttpMethod.Post, IntegrationKeyRule.PathFor("no-such-key"), Encoding.UTF8.GetBytes(SpecExample), json, ResponseKind.Unauthorized, "Token missing or invalid."),
            new("1", "X-Auth-Token required but missing", HttpMethod.Post, path, Encoding.UTF8.GetBytes(SpecExample), json, ResponseKind.Unauthorized, UseTokenReceiver: true),
            new("1", "X-Auth-Token required and given", HttpMethod.Post, path, Encoding.UTF8.GetBytes(SpecExample), json, ResponseKind.Success, UseTokenReceiver: true, Token: Token),
            new("2", "unknown key with a broken body", HttpMethod.Post, IntegrationKeyRule.PathFor("no-such-key"), "{broken"u8.ToArray(), json, ResponseKind.Unauthorized),
            Post("3", "time as a numeric string", With("time", "\"1709118444540\""), StrictOnly(ResponseKind.BadBody), strict ? Messages.For(AlarmFields.Time, ViolationRule.Type) : null),
            Post("4", "alarmName of 256 UTF-16 units (128 emoji)", With("alarmName", Quote(string.Concat(Enumerable.Repeat("🚨", 128)))), ResponseKind.BadBody, Messages.For(AlarmFields.AlarmName, ViolationRule.Size)),
            Post("5", "alarmId null", With("alarmId", "null"), ResponseKind.BadBody, Messages.For(AlarmFields.AlarmId, ViolationRule.Missing)),
            Post("6", "optional regionId empty", With("regionId", "\"\""), ResponseKind.Success),
            Post("7", "alarmLevel in the wrong case", With("alarmLevel", "\"critical\""), StrictOnly(ResponseKind.BadBody), strict ? Messages.For(AlarmFields.AlarmLevel, ViolationRule.Enum) : null),
            Post("8", "alarmName as a number", With("alarmName", "42"), StrictOnly(ResponseKind.BadBody), strict ? Messages.For(AlarmFields.AlarmName, ViolationRule.Type) : null),
            Post("9", "malformed JSON", "{\"alarmId\": ", ResponseKind.BadBody, Messages.For(BodyProblem.MalformedJson)),
            new("9", "Content-Type text/plain", HttpMethod.Post, path, Encoding.UTF8.GetBytes(SpecExample), "text/plain", StrictOnly(ResponseKind.BadBody), strict ? Messages.For(BodyProblem.UnsupportedContentType) : null),
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
            Post("17", "alarmDesc of blanks only", With("alarmDesc", "\"   \""), ResponseKind.Success),
            new("18", "UTF-8 byte-order mark before the JSON", HttpMethod.Post, path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(SpecExample)], json, ResponseKind.Success),
            new("19", "no key: .../custom/", HttpMethod.Post, IntegrationKeyRule.RoutePrefix + "/", Encoding.UTF8.GetBytes(SpecExample), json, ResponseKind.Unauthorized),
            new("19", "percent-encoded key", HttpMethod.Post, IntegrationKeyRule.PathFor(EncodedKey), Encoding.UTF8.GetBytes(SpecExample), json, ResponseKind.Success),
        ];
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
