using System.Text;
using Harness.Contract.Validation;

namespace Harness.Contract.Tests.Validation;

public sealed class AlarmValidatorBodyTests
{
    private static readonly AlarmValidator Strict = new(Profile.Strict);
    private static readonly AlarmValidator Lenient = new(Profile.Lenient);

    [Theory]
    [InlineData("", BodyProblem.Empty)]
    [InlineData("  \r\n\t", BodyProblem.Empty)]
    [InlineData("{", BodyProblem.MalformedJson)]
    [InlineData("{\"alarmId\": \"a\"", BodyProblem.MalformedJson)]
    [InlineData("{\"alarmId\": }", BodyProblem.MalformedJson)]
    [InlineData("{} {}", BodyProblem.MalformedJson)]
    [InlineData("{\"a\":1,}", BodyProblem.MalformedJson)]
    [InlineData("{/*c*/}", BodyProblem.MalformedJson)]
    [InlineData("[]", BodyProblem.NotAnObject)]
    [InlineData("null", BodyProblem.NotAnObject)]
    [InlineData("\"alarm\"", BodyProblem.NotAnObject)]
    [InlineData("42", BodyProblem.NotAnObject)]
    [InlineData("[1,", BodyProblem.MalformedJson)]
    public void Validate_UnreadableBody_ReportsTheProblemAlone(string body, BodyProblem expected)
    {
        var result = Strict.Validate(body);

        Assert.Equal(expected, result.Problem);
        Assert.Empty(result.Violations);
        Assert.Equal(Messages.For(expected), result.ErrorMessage);
    }

    [Fact]
    public void Validate_InvalidUtf8_IsRejectedEvenInsideAnUnknownField()
    {
        var bytes = Encoding.UTF8.GetBytes(SpecExample.With("zzz", "\"XX\"")).ToList();
        var at = bytes.IndexOf((byte)'X');
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28; // 0xC3 must be followed by a continuation byte

        Assert.Equal(BodyProblem.InvalidUtf8, Lenient.Validate(bytes.ToArray(), "application/json").Problem);
    }

    [Fact]
    public void Validate_Utf8ByteOrderMark_IsTolerated()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(SpecExample.Json)).ToArray();

        Assert.True(Strict.Validate(bytes, "application/json").IsValid);
    }

    [Theory]
    [InlineData(64, true)]
    [InlineData(65, false)]
    public void Validate_Nesting_AllowedUpTo64LevelsCountingTheRoot(int levels, bool valid)
    {
        // The root object is level 1; "additional" is level 2; arrays fill the rest.
        var inner = new string('[', levels - 2) + new string(']', levels - 2);
        var body = SpecExample.With("additional", "{\"deep\":" + inner + "}");

        var result = Strict.Validate(body);

        Assert.Equal(valid, result.IsValid);
        if (!valid)
        {
            Assert.Equal(BodyProblem.TooDeep, result.Problem);
        }
    }

    [Fact]
    public void Validate_NestedObjectsOverTheLimit_TooDeepNotMalformed()
    {
        var inner = string.Concat(Enumerable.Repeat("{\"a\": ", 70)) + "1" + new string('}', 70);

        // Built as text: JsonNode itself refuses to parse this deep.
        var body = SpecExample.Json.Replace("\"additional\" : { }", "\"additional\" : " + inner, StringComparison.Ordinal);

        Assert.Equal(BodyProblem.TooDeep, Strict.Validate(body).Problem);
    }

    [Fact]
    public void Validate_TooDeepUnderAProfileLimit_MessageNamesThatLimit()
    {
        var validator = new AlarmValidator(ReceiverProfile.Strict with { Name = "shallow", MaxDepth = 10 });
        var body = SpecExample.With("additional", "{\"deep\":" + new string('[', 10) + new string(']', 10) + "}");

        var result = validator.Validate(body);

        Assert.Equal(BodyProblem.TooDeep, result.Problem);
        Assert.Equal("Request body nests deeper than 10 levels", result.ErrorMessage);
    }

    [Fact]
    public void Validate_MalformedAtTheDepthLimit_IsMalformed()
    {
        var body = SpecExample.With("additional", "{\"deep\":" + new string('[', 62) + new string(']', 62) + "}");
        var broken = body.Replace(new string('[', 62), new string('[', 62) + "}", StringComparison.Ordinal);

        Assert.Equal(BodyProblem.MalformedJson, Strict.Validate(broken).Problem);
    }

    [Theory]
    [InlineData("application/json", true)]
    [InlineData("application/json;charset=UTF-8", true)]
    [InlineData("Application/JSON; charset=\"utf-8\"", true)]
    [InlineData("application/json; charset=iso-8859-1", false)]
    [InlineData("text/plain", false)]
    [InlineData("application/x-www-form-urlencoded", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Validate_ContentType_StrictChecksLenientIgnores(string? contentType, bool strictAccepts)
    {
        var body = Encoding.UTF8.GetBytes(SpecExample.Json);

        var strict = Strict.Validate(body, contentType);

        Assert.Equal(strictAccepts, strict.IsValid);
        if (!strictAccepts)
        {
            Assert.Equal(BodyProblem.UnsupportedContentType, strict.Problem);
        }

        Assert.True(Lenient.Validate(body, contentType).IsValid);
    }

    [Fact]
    public void Validate_EscapedPropertyName_MatchesTheField()
    {
        var body = SpecExample.Json.Replace("\"alarmId\"", "\"alarm\\u0049d\"", StringComparison.Ordinal);

        Assert.True(Strict.Validate(body).IsValid);
    }
}
