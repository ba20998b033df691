using Harness.Load.Tests.Support;
using Harness.Load.Transport;
using Harness.TestKit;

namespace Harness.Load.Tests.Transport.Http2;

/// <summary>The raw HTTP/2 transport against Kestrel (its own HPACK with a dynamic table, flow control, framing), h2 and h2c, counted on both sides.</summary>
public sealed class Http2KestrelTests : IDisposable
{
    private readonly TestCertificates _certificates = TestCertificates.Create();

    public void Dispose() => _certificates.Dispose();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SendAsync_Kestrel_EveryRequestAnsweredAndCountedOnceByTheServer(bool tls)
    {
        var certificates = tls ? _certificates : null;
        await using var kestrel = await KestrelHttp2.StartAsync(certificates);
        var target = new Uri($"{(tls ? "https" : "http")}://127.0.0.1:{kestrel.Port}/");
        await using var transport = await Http2Nginx.TransportAsync(target, certificates, connections: 2, streams: 8);
        var request = Harness.Load.Payloads.PreparedRequest.Prepare(Plans.Valid, Harness.Contract.Targets.TargetEndpoint.RouteFor(target, Http2Nginx.Key), token: null);

        var answers = await Http2Nginx.SendManyAsync(transport, request, 500);

        Assert.All(answers, a => Assert.Equal((TransportFailure.None, 200, "COC.00000000"), (a.Failure, a.Status, a.ErrorCode)));
        Assert.All(answers, a => Assert.Equal(KestrelHttp2.Envelope.Length, a.BytesIn));
        Assert.Equal(500, kestrel.Requests);
        Assert.Equal(500L * Plans.Valid.Body.Length, kestrel.BodyBytes);
    }
}
