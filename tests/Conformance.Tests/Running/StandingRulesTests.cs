using System.Text;
using Harness.Conformance.Checks;
using Harness.Conformance.Oracle;
using Harness.Conformance.Running;

namespace Harness.Conformance.Tests.Running;

/// <summary>What a failing answer means: a contract violation, a deviation on an open point, or a finding.</summary>
public sealed class StandingRulesTests
{
    private static readonly IReadOnlyList<ConformanceCheck> All = CheckCatalogue.Build(tokenConfigured: false);

    [Theory]
    [InlineData("body.duplicate-key.last-invalid")]
    [InlineData("body.duplicate-key.last-valid")]
    [InlineData("body.unknown-field.scalars")]
    [InlineData("unknown-fields.duplicate-key-last-wins")]
    public void Of_Row11CheckRefusedAsAWholeBodyWithTheEnvelope_IsADeviationNotAViolation(string id)
    {
        var answer = Answer(400, """{"error_code":"COC.00000001","error_msg":"duplicate member in object","data":null,"provider_code":"049"}""");

        var (standing, _, reason) = Judge(id, answer);

        Assert.True(standing == Standing.Deviation, reason);
        Assert.Contains("matches no profile", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_Row11CheckRefusedWithABrokenEnvelope_IsStillAViolation()
    {
        var answer = Answer(400, """{"error_code":"COC.00000001","error_msg":"duplicate member","data":null,"provider_code":"000"}""");

        var (standing, _, reason) = Judge("body.duplicate-key.last-invalid", answer);

        Assert.True(standing == Standing.Violation, reason);
    }

    [Fact]
    public void Of_EnumCaseRefusedWithoutNamingTheField_IsStillAViolation()
    {
        // Refusing the body as a whole is a reading of row 11 only: elsewhere the 400 must name the field.
        var answer = Answer(400, """{"error_code":"COC.00000001","error_msg":"unreadable body","data":null,"provider_code":"049"}""");

        var (standing, _, reason) = Judge("alarmLevel.enum.lower-case.Critical", answer);

        Assert.True(standing == Standing.Violation, reason);
    }

    [Theory]
    [InlineData("route.path.unknown", 404)]
    [InlineData("route.method.put", 405)]
    public void Of_RouteCheckAnsweredByTheFrameworksHtmlPage_IsADeviationNotLabelledAsAProxyOrWrongBasePath(string id, int status)
    {
        var page = new TargetResponse(status, "text/html; charset=utf-8", "<!DOCTYPE HTML><html><p>Error code: 4xx</p></html>"u8.ToArray(), null, 1);

        var (standing, _, reason) = Judge(id, page);

        Assert.True(standing == Standing.Deviation, reason);
        Assert.DoesNotContain("not the API's answer", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_RouteCheckAnsweredByAGateway502_IsStillLabelled()
    {
        var gateway = new TargetResponse(502, "text/html", "<html>Bad Gateway</html>"u8.ToArray(), null, 1);

        var (_, _, reason) = Judge("route.method.put", gateway);

        Assert.Contains("not the API's answer", reason, StringComparison.Ordinal);
    }

    private static (Standing Standing, string Matches, string Reason) Judge(string id, TargetResponse answer)
    {
        var check = Assert.Single(All, c => c.Id == id);
        var profile = new ProfileInForce(null);
        var expected = profile.ExpectFor(check);
        return StandingRules.Of(check, expected, EnvelopeOracle.Judge(expected, answer), answer, profile);
    }

    private static TargetResponse Answer(int status, string body) =>
        new(status, "application/json", Encoding.UTF8.GetBytes(body), null, 1);
}
