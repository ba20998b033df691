using Harness.Load.Measurement;
using Harness.Load.Payloads;
using Harness.Load.Transport;

namespace Harness.Load.Tests.Measurement;

public class ResponseCheckerTests
{
    private static readonly Uri Address = new("http://127.0.0.1:1/v1/event/huawei/custom/k");
    private static readonly PreparedRequest Valid = PreparedRequest.Prepare(new LoadPayload(new byte[] { 1 }, "application/json", 200, "COC.00000000"), Address, null);
    private static readonly PreparedRequest Broken = PreparedRequest.Prepare(new LoadPayload(new byte[] { 1 }, "application/json", 400, "COC.00000001", "alarmName.too-long"), Address, null);

    private static TransportResponse Answer(int status, string? code) => new(TransportFailure.None, status, code, 1, 1, 0, 1);

    [Theory]
    [InlineData(200, "COC.00000000", OutcomeKind.Accepted)]
    [InlineData(200, "0", OutcomeKind.Accepted)]
    [InlineData(200, "COC.00000001", OutcomeKind.UnexpectedAnswer)]
    [InlineData(200, null, OutcomeKind.UnexpectedAnswer)]
    [InlineData(429, "APIG.0308", OutcomeKind.UnexpectedAnswer)]
    [InlineData(500, "COC.00000500", OutcomeKind.UnexpectedAnswer)]
    public void Classify_ValidPayload_ChecksStatusAndCode(int status, string? code, OutcomeKind expected) =>
        Assert.Equal(expected, ResponseChecker.Classify(Answer(status, code), Valid));

    [Theory]
    [InlineData(400, "COC.00000001", OutcomeKind.ExpectedRejection)]
    [InlineData(400, "COC.00000002", OutcomeKind.UnexpectedAnswer)]
    [InlineData(200, "COC.00000000", OutcomeKind.UnexpectedAnswer)]
    public void Classify_BrokenPayload_ExpectsItsRejection(int status, string? code, OutcomeKind expected) =>
        Assert.Equal(expected, ResponseChecker.Classify(Answer(status, code), Broken));

    [Theory]
    [InlineData(1, OutcomeKind.Timeout)]
    [InlineData(2, OutcomeKind.ConnectionError)]
    [InlineData(3, OutcomeKind.Cancelled)]
    public void Classify_Failure_MapsToItsKind(int failure, OutcomeKind expected) =>
        Assert.Equal(expected, ResponseChecker.Classify(TransportResponse.Failed((TransportFailure)failure, 0, 0, 0, 0), Valid));

    [Fact]
    public void Prepare_Request_CarriesHeadersAndBodyOnce()
    {
        var request = PreparedRequest.Prepare(new LoadPayload("{}"u8.ToArray(), null, 200, "COC.00000000"), Address, "tok");
        var text = System.Text.Encoding.ASCII.GetString(request.Wire);

        Assert.StartsWith("POST /v1/event/huawei/custom/k HTTP/1.1\r\nHost: 127.0.0.1:1\r\n", text, StringComparison.Ordinal);
        Assert.Contains("X-Auth-Token: tok\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Content-Type", text, StringComparison.Ordinal);
        Assert.EndsWith("Content-Length: 2\r\n\r\n{}", text, StringComparison.Ordinal);
    }
}
