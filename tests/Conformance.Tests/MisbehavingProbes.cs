using System.Text.Json;
using System.Text.Json.Nodes;
using Harness.Contract.Fields;
using Harness.Fakes.Misbehaving;
using static Harness.Conformance.Tests.MisbehavingProbe;

namespace Harness.Conformance.Tests;

/// <summary>A probe per defect: the smallest request that shows it, and how its answer shows it.</summary>
internal static class MisbehavingProbes
{
    private static readonly MisbehavingOptions Strict = new();

    public static MisbehavingProbe For(Defect defect) => defect switch
    {
        Defect.Accepts256CharacterNames => Accepted(defect, Body(("alarmName", new string('a', 256)))),
        Defect.CaseInsensitiveEnumsInStrict => Accepted(defect, Body(("alarmLevel", "critical"))),
        Defect.AcceptsNearMissEnums => Accepted(defect, Body(("alarmStatus", "resolved"))),
        Defect.AcceptsStringTime => Accepted(defect, Body(("time", "yesterday"))),
        Defect.AcceptsTimeOutOfRange => Accepted(defect, Body(("time", 0))),
        Defect.AcceptsAdditionalAsString => Accepted(defect, Body(("additional", "extra"))),
        Defect.CoercesScalarsToStringsInStrict => Accepted(defect, Body(("regionId", 12345))),
        Defect.AcceptsEmptyRequiredStrings => Accepted(defect, Body(("alarmDesc", ""))),
        Defect.CountsUtf8Bytes => Rejected(defect, Body(("alarmName", new string('告', 255)))),
        Defect.CountsCodePoints => Accepted(defect, Body(("alarmName", string.Concat(Enumerable.Repeat("\U0001F525", 128))))),
        Defect.RejectsByteOrderMark => Rejected(defect, "\uFEFF" + SpecExample),
        Defect.AcceptsInvalidUtf8 => new(defect, t => PostBytes(t, InvalidUtf8Body()), a => a.Status == 200, Strict),
        Defect.IgnoresDepthLimit => Accepted(defect, Body(("additional", Nested(70)))),
        Defect.MissingKeyAnsweredAs404 => new(defect, t => Post(t, SpecExample, path: IntegrationKeyRule.RoutePrefix), a => a.Status == 404, Strict),
        Defect.NullErrorMessage => new(defect, t => Post(t, Body(("alarmId", null))),
            a => a.Status == 400 && a.Member("error_msg") is { ValueKind: JsonValueKind.Null }, Strict),
        Defect.RejectsUnknownFields => Rejected(defect, Body(("severityScore", 3))),
        Defect.TreatsWhitespaceAsMissing => Rejected(defect, Body(("alarmDesc", "   "))),
        Defect.IgnoresContentType => Accepted(defect, SpecExample, contentType: "text/plain"),
        Defect.IgnoresBodyLimit => new(defect, t => Post(t, Body(("additional", new JsonObject { ["pad"] = new string('p', 4096) }))),
            a => a.Status == 200, new MisbehavingOptions { MaxBodyBytes = 2048 }),
        Defect.ChecksBodyBeforeAuth => new(defect, t => Post(t, "{\"alarmId\":", path: IntegrationKeyRule.PathFor("0unknownKey0unknownKey0unknown00")),
            a => a.Status == 400, Strict),
        Defect.IgnoresToken => new(defect, t => Post(t, SpecExample, token: ""), a => a.Status == 200, new MisbehavingOptions { Token = Token }),
        Defect.AcceptsUnknownKeys => new(defect, t => Post(t, SpecExample, path: IntegrationKeyRule.PathFor("0unknownKey0unknownKey0unknown00")),
            a => a.Status == 200, Strict),
        Defect.CaseInsensitiveKeys => new(defect, t => Post(t, SpecExample, path: IntegrationKeyRule.PathFor(SwapCase(t.Key))),
            a => a.Status == 200, Strict),
        Defect.ComparesKeyUndecoded => new(defect, t => Post(t, SpecExample, path: IntegrationKeyRule.RoutePrefix + "/" + EncodeEveryByte(t.Key)),
            a => a.Status == 401, Strict),
        Defect.MissingProviderCode => Valid(defect, a => a.Member("provider_code") is null),
        Defect.MessageOmitsViolations => new(defect, t => Post(t, Body(("alarmName", null))),
            a => a.Status == 400 && !a.ErrorMsg.Contains("alarmName", StringComparison.Ordinal), Strict),
        Defect.ReportsFirstViolationOnly => new(defect, t => Post(t, Body(("alarmId", null), ("alarmName", null))),
            a => a.Status == 400 && !a.ErrorMsg.Contains("alarmName", StringComparison.Ordinal), Strict),
        Defect.ErrorsAnsweredWith200 => new(defect, t => Post(t, Body(("alarmId", null))),
            a => a.Status == 200 && a.ErrorCode == "COC.00000001", Strict),
        Defect.UnauthorizedAnsweredAs400 => new(defect, t => Post(t, SpecExample, path: IntegrationKeyRule.RoutePrefix + "/"),
            a => a.Status == 400, Strict),
        Defect.TextPlainContentType => Valid(defect, a => a.ContentType?.StartsWith("text/plain", StringComparison.Ordinal) == true),
        Defect.DataNotNull => Valid(defect, a => a.Member("data") is { ValueKind: not JsonValueKind.Null }),
        Defect.WrongSuccessCode => Valid(defect, a => a.Status == 200 && a.ErrorCode is not ("COC.00000000" or "0")),
        Defect.WrongBadRequestCode => new(defect, t => Post(t, Body(("alarmId", null))),
            a => a.Status == 400 && a.ErrorCode != "COC.00000001", Strict),
        Defect.ServerErrorOnMalformedJson => new(defect, t => Post(t, "{\"alarmId\": }"), a => a.Status >= 500, Strict),
        Defect.MethodNotAllowedAnsweredAs404 => new(defect, t => new HttpRequestMessage(HttpMethod.Get, new Uri(t.BaseAddress, IntegrationKeyRule.PathFor(t.Key))),
            a => a.Status == 404, Strict),
        Defect.RoutingErrorsWithoutEnvelope => new(defect, t => Post(t, SpecExample, path: "/v1/event/huawei/unknown/" + t.Key),
            a => a.Status == 404 && a.Body.Length == 0 && a.ContentType is null, Strict),
        Defect.SlowRecoveries => new(defect, t => Post(t, Body(("alarmStatus", "ok"))), a => a.TimedOut,
            new MisbehavingOptions { SlowDelay = TimeSpan.FromMinutes(2) }),
        _ => throw new ArgumentOutOfRangeException(nameof(defect), defect, "no probe written for this defect"),
    };

    private static byte[] InvalidUtf8Body()
    {
        var text = Body(("alarmDesc", "XX"));
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        var at = text.IndexOf("XX", StringComparison.Ordinal);
        bytes[at] = 0xFF;
        return bytes;
    }

    private static JsonNode Nested(int depth)
    {
        JsonNode node = new JsonObject();
        for (var i = 0; i < depth; i++)
        {
            node = new JsonObject { ["n"] = node };
        }

        return node;
    }

    private static MisbehavingProbe Accepted(Defect defect, string body, string contentType = "application/json;charset=UTF-8") =>
        new(defect, t => Post(t, body, contentType), a => a.Status == 200, Strict);

    private static MisbehavingProbe Rejected(Defect defect, string body) =>
        new(defect, t => Post(t, body), a => a.Status == 400, Strict);

    private static MisbehavingProbe Valid(Defect defect, Func<MisbehavingProbeAnswer, bool> shows) =>
        new(defect, t => Post(t, SpecExample), shows, Strict);

}
