using Harness.Conformance.Checks;
using Harness.Conformance.Oracle;
using Harness.Contract.Envelopes;

namespace Harness.Conformance.Tests.Oracle;

public sealed class EnvelopeOracleTests
{
    private const string Json = "application/json";
    private static readonly Expectation BadBody = new(400, "COC.00000001", ["alarmName must not be null", "alarmId size must be between 1 and 255"]);

    [Fact]
    public void Judge_SpecSuccessEnvelope_Passes() =>
        Assert.Equal(Verdict.Pass, Judge(Expectation.Success, 200, Json, Envelope.For(ResponseKind.Success)).Verdict);

    [Fact]
    public void Judge_SuccessCodeZeroFromTheSpecTable_Passes() =>
        Assert.Equal(Verdict.Pass, Judge(Expectation.Success, 200, "application/json;charset=UTF-8",
            new Envelope("0", "success", "null", "049")).Verdict);

    [Fact]
    public void Judge_SeveralViolationsInAnotherOrderAndWording_Passes() =>
        Assert.Equal(Verdict.Pass, Judge(BadBody, 400, Json,
            new Envelope("COC.00000001", "alarmId: too long | alarmName: required", "null", "049")).Verdict);

    [Fact]
    public void Judge_AcceptedWhatMustBeRejected_IsRuleNotEnforced() =>
        Assert.Equal(Verdict.RuleNotEnforced, Judge(BadBody, 200, Json, Envelope.For(ResponseKind.Success)).Verdict);

    [Fact]
    public void Judge_RejectedAValidBody_IsValidInputRejected() =>
        Assert.Equal(Verdict.ValidInputRejected, Judge(Expectation.Success, 400, Json, Envelope.For(ResponseKind.BadBody)).Verdict);

    [Fact]
    public void Judge_400WhereA401IsDue_IsWrongStatus()
    {
        var judgement = Judge(Expectation.Unauthorized, 400, Json, Envelope.For(ResponseKind.BadBody));

        Assert.Equal(Verdict.WrongStatus, judgement.Verdict);
        Assert.Contains("status 400, expected 401", judgement.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    public void Judge_ServerError_IsTargetError(int status) =>
        Assert.Equal(Verdict.TargetError, Judge(BadBody, status, Json, Envelope.For(ResponseKind.ServerError)).Verdict);

    [Fact]
    public void Judge_NoAnswer_IsTargetError()
    {
        var judgement = EnvelopeOracle.Judge(Expectation.Success, TargetResponse.Failed("connection reset", 1));

        Assert.Equal(Verdict.TargetError, judgement.Verdict);
        Assert.Equal("connection reset", judgement.Reason);
    }

    [Theory]
    [InlineData("text/plain", "COC.00000001", "alarmName must not be null | alarmId size must be between 1 and 255", "null", "049", "Content-Type")]
    [InlineData(Json, "COC.00000002", "alarmName must not be null | alarmId size must be between 1 and 255", "null", "049", "error_code")]
    [InlineData(Json, "COC.00000001", "alarmName must not be null", "null", "049", "alarmId size")]
    [InlineData(Json, "COC.00000001", "Incorrect request body.", "null", "049", "does not name")]
    [InlineData(Json, "COC.00000001", "alarmName must not be null | alarmId size must be between 1 and 255", "{}", "049", "data is {}")]
    [InlineData(Json, "COC.00000001", "alarmName must not be null | alarmId size must be between 1 and 255", "null", null, "provider_code is missing")]
    public void Judge_RightStatusWrongEnvelopePart_IsWrongEnvelopeNamingThePart(string contentType, string code, string message, string data, string? provider, string named)
    {
        var judgement = Judge(BadBody, 400, contentType, new Envelope(code, message, data, provider));

        Assert.Equal(Verdict.WrongEnvelope, judgement.Verdict);
        Assert.Contains(named, judgement.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_SuccessStatusWithAnErrorEnvelope_IsWrongEnvelope()
    {
        var judgement = Judge(Expectation.Success, 200, Json, Envelope.For(ResponseKind.BadBody));

        Assert.Equal(Verdict.WrongEnvelope, judgement.Verdict);
        Assert.Contains("error_code is 'COC.00000001'", judgement.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_EnvelopeWithoutData_IsWrongEnvelope()
    {
        var body = """{"error_code":"common.01010001","error_msg":"Token missing or invalid.","provider_code":"049"}"""u8.ToArray();

        var judgement = EnvelopeOracle.Judge(Expectation.Unauthorized, new TargetResponse(401, Json, body, null, 1));

        Assert.Equal(Verdict.WrongEnvelope, judgement.Verdict);
        Assert.Contains("data is (absent)", judgement.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_BodyThatIsNotJson_IsWrongEnvelope()
    {
        var response = new TargetResponse(401, Json, "Unauthorized"u8.ToArray(), null, 1);

        Assert.Equal(Verdict.WrongEnvelope, EnvelopeOracle.Judge(Expectation.Unauthorized, response).Verdict);
    }

    [Theory]
    [InlineData("alarmIdentifier is wrong", false)]
    [InlineData("the alarmId is too long", true)]
    [InlineData("alarmId", true)]
    [InlineData("myalarmId", false)]
    public void Names_FieldMentionedAsAWord_Counts(string errorMsg, bool named) =>
        Assert.Equal(named, EnvelopeOracle.Names(errorMsg, "alarmId size must be between 1 and 255"));

    private static Judgement Judge(Expectation expected, int status, string contentType, Envelope envelope) =>
        EnvelopeOracle.Judge(expected, new TargetResponse(status, contentType, EnvelopeJson.ToUtf8(envelope), null, 1));
}
