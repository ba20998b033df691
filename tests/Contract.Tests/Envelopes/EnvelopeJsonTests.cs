using System.Text;
using Harness.Contract.Envelopes;

namespace Harness.Contract.Tests.Envelopes;

public sealed class EnvelopeJsonTests
{
    [Fact]
    public void ToUtf8_Success_IsTheSpecsExample()
    {
        var json = Encoding.UTF8.GetString(EnvelopeJson.ToUtf8(Envelope.For(ResponseKind.Success)));

        Assert.Equal("{\"error_code\":\"COC.00000000\",\"error_msg\":\"success\",\"data\":null,\"provider_code\":\"049\"}", json);
    }

    [Fact]
    public void ToUtf8_NullProviderAndMessage_LeavesProviderOutAndWritesMessageNull()
    {
        var json = Encoding.UTF8.GetString(EnvelopeJson.ToUtf8(new Envelope("COC.00000001", null, "{}", null)));

        Assert.Equal("{\"error_code\":\"COC.00000001\",\"error_msg\":null,\"data\":{}}", json);
    }

    [Theory]
    [InlineData(ResponseKind.Success, 200, "COC.00000000")]
    [InlineData(ResponseKind.BadBody, 400, "COC.00000001")]
    [InlineData(ResponseKind.Unauthorized, 401, "common.01010001")]
    [InlineData(ResponseKind.TooLarge, 413, "APIGW.0201")]
    [InlineData(ResponseKind.Throttled, 429, "APIG.0308")]
    public void For_Kind_HasTheDecidedStatusAndCode(ResponseKind kind, int status, string code)
    {
        Assert.Equal(status, ResponseCodes.For(kind).Status);
        Assert.Equal(code, ResponseCodes.For(kind).ErrorCode);
        Assert.Equal(kind, ResponseCodes.KindOf(status));
    }

    [Fact]
    public void TryParse_RoundTrip_KeepsEveryFieldAndNullData()
    {
        var envelope = Envelope.For(ResponseKind.BadBody, "alarmName must not be null | alarmId must not be null");

        Assert.True(EnvelopeJson.TryParse(EnvelopeJson.ToUtf8(envelope), out var parsed, out _));

        Assert.Equal(envelope, parsed);
        Assert.True(parsed!.DataIsNull);
    }

    [Theory]
    [InlineData("[1]", "array")]
    [InlineData("nope", "not JSON")]
    [InlineData("{\"error_code\": 5}", "not a string")]
    public void TryParse_NotAnEnvelope_SaysWhy(string body, string reason)
    {
        Assert.False(EnvelopeJson.TryParse(Encoding.UTF8.GetBytes(body), out _, out var problem));
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_DataAbsentOrNotNull_IsVisible()
    {
        Assert.True(EnvelopeJson.TryParse("{\"error_code\":\"x\"}"u8, out var absent, out _));
        Assert.True(EnvelopeJson.TryParse("{\"data\":{}}"u8, out var present, out _));

        Assert.False(absent!.DataIsNull);
        Assert.False(present!.DataIsNull);
        Assert.Null(absent.ProviderCode);
    }

    [Theory]
    [InlineData("{\"error_msg\":\"x\",\"error_code\":\"APIG.0308\"}", "APIG.0308")]
    [InlineData("{\"data\":{\"a\":[1,2]},\"error_code\":\"COC.00000000\"}", "COC.00000000")]
    public void TryReadErrorCode_AnyPosition_FindsIt(string body, string code)
    {
        Assert.True(EnvelopeJson.TryReadErrorCode(Encoding.UTF8.GetBytes(body), out var found));
        Assert.Equal(code, found);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"error_code\":1}")]
    [InlineData("<html>")]
    public void TryReadErrorCode_NoStringCode_ReturnsFalse(string body)
    {
        Assert.False(EnvelopeJson.TryReadErrorCode(Encoding.UTF8.GetBytes(body), out _));
    }

    [Theory]
    [InlineData("{\"error_code\":\"COC.00000000\"}")]
    [InlineData("{\"error_code\":\"COC\\u002E00000000\"}")]
    public void TryReadErrorCode_SameAsKnown_ReturnsTheKnownString(string body)
    {
        var known = string.Concat("COC.", "00000000");
        Assert.True(EnvelopeJson.TryReadErrorCode(Encoding.UTF8.GetBytes(body), known, out var found));
        Assert.Same(known, found);
    }

    [Fact]
    public void TryReadErrorCode_OtherThanKnown_ReadsTheBody()
    {
        Assert.True(EnvelopeJson.TryReadErrorCode("{\"error_code\":\"APIG.0308\"}"u8, "COC.00000000", out var found));
        Assert.Equal("APIG.0308", found);
    }
}
