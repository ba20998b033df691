using System.Text;
using Harness.Conformance.Oracle;
using Harness.Conformance.Running;

namespace Harness.Conformance.Tests.Oracle;

/// <summary>Answers that are clearly not the API's own, and the one hint the probe gives for them.</summary>
public sealed class ForeignAnswerTests
{
    private const string Envelope = """{"error_code":"COC.00000000","error_msg":"success","data":null,"provider_code":"049"}""";

    [Fact]
    public void Describe_DroppedConnection_SaysSoWithTheLikelyCause()
    {
        var label = ForeignAnswer.Describe(TargetResponse.Failed("connection broken: Connection reset by peer", 1));

        Assert.Contains("the connection was dropped", label, StringComparison.Ordinal);
        Assert.Contains("body-size limit", label, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_TheApisOwnError_IsNotLabelled()
    {
        Assert.Null(ForeignAnswer.Describe(Answer(400, "application/json", Envelope)));
        Assert.Null(ForeignAnswer.Describe(TargetResponse.Failed("no answer within 10 s (timeout)", 1)));
    }

    [Fact]
    public void Hint_Redirect_NamesWhereItGoes()
    {
        var redirect = Answer(301, "text/html", "<html>moved</html>") with { Origin = new AnswerOrigin("nginx", null, "https://staging.example/") };

        var hint = ApiProbe.Hint(redirect, redirect);

        Assert.Equal("the target redirects (301) to https://staging.example/: use that URL as --target", hint);
    }

    [Theory]
    [InlineData(503, "text/html", "<html>busy</html>", "the gateway says 503")]
    [InlineData(404, "text/html", "<!DOCTYPE html><html>no</html>", "this looks like a wrong base path")]
    [InlineData(200, "text/plain", "OK", "this is not the API's answer")]
    [InlineData(200, "application/json", "{\"status\":\"UP\"}", "the spec example got 200 with 'application/json' without a JSON envelope")]
    [InlineData(404, "application/json", "{\"timestamp\":1,\"status\":404,\"path\":\"/v1\"}", "this looks like a wrong base path")]
    public void Hint_NotTheApi_GivesOneHint(int status, string type, string body, string hint)
    {
        Assert.Contains(hint, ApiProbe.Hint(Answer(status, type, body), Answer(status, type, body)), StringComparison.Ordinal);
    }

    [Fact]
    public void Hint_TheApiRefusingAWrongKey_IsTheApi()
    {
        var wrongKey = Answer(401, "application/json", Envelope.Replace("COC.00000000", "common.01010001", StringComparison.Ordinal));

        Assert.Null(ApiProbe.Hint(Answer(200, "application/json", Envelope), wrongKey));
    }

    [Fact]
    public void Hint_ABrokenEnvelope_IsStillTheApisForTheChecksToJudge()
    {
        var broken = Answer(200, "application/json", "{\"error_code\":\"COC.00000000\",\"provider_code\":\"000\"}");

        Assert.Null(ApiProbe.Hint(broken, Answer(401, "application/json", "{\"error_msg\":\"bad key\"}")));
        Assert.Null(ApiProbe.Hint(Answer(200, "application/json", "{\"error_code\":"), Answer(200, "application/json", "{\"data\":null}")));
    }

    private static TargetResponse Answer(int status, string type, string body) => new(status, type, Encoding.UTF8.GetBytes(body), null, 1);
}
