using Harness.Contract.Targets;
using Harness.Load.Engine;
using Harness.Load.Tests.Support;

namespace Harness.Load.Tests.Transport;

/// <summary>Which transport <c>auto</c> picks: the raw ones (HTTP/1.1 or HTTP/2, plain or TLS) sent direct; HttpClient for proxies.</summary>
public sealed class TransportChoiceTests
{
    private static LoadPlan Plan(string target, string httpVersion = "1.1", TargetProxy? proxy = null) =>
        Plans.Open(1, TimeSpan.FromSeconds(1)) with
        {
            Endpoint = new TargetEndpoint { BaseUrl = new Uri(target), Key = "k", HttpVersion = httpVersion, Proxy = proxy ?? TargetProxy.None },
        };

    [Theory]
    [InlineData("http://127.0.0.1:8080/")]
    [InlineData("https://127.0.0.1:8443/")]
    [InlineData("https://api.example/gateway/")]
    public void UsesRawTransport_Http11SentDirect_PlainOrTls_IsRaw(string target) =>
        Assert.True(LoadEngine.UsesRawTransport(Plan(target)));

    [Theory]
    [InlineData("https://127.0.0.1:8443/")]
    [InlineData("http://127.0.0.1:8080/")]
    public void UsesRawTransport_Http2SentDirect_IsRaw(string target) =>
        Assert.True(LoadEngine.UsesRawTransport(Plan(target, "2")));

    [Fact]
    public void UsesRawTransport_Http2ThroughProxy_IsHttpClient() =>
        Assert.False(LoadEngine.UsesRawTransport(Plan("https://api.example/", "2", TargetProxy.Explicit(new Uri("http://127.0.0.1:3128")))));

    [Fact]
    public void UsesRawTransport_HttpClientAsked_IsHttpClient() =>
        Assert.False(LoadEngine.UsesRawTransport(Plan("https://127.0.0.1:8443/", "2") with { Transport = TransportKind.HttpClient }));

    [Theory]
    [InlineData(1, 8, 8)]
    [InlineData(4, 64, 16)]
    [InlineData(4, 10, 3)]
    [InlineData(8, 4, 1)]
    public void StreamsPerConnection_InFlightOverConnections_RoundsUp(int connections, int maxInFlight, int streams) =>
        Assert.Equal(streams, LoadEngine.StreamsPerConnection(Plan("https://127.0.0.1:8443/") with { Connections = connections, MaxInFlight = maxInFlight }));

    [Fact]
    public void Validate_RawTransportOverHttp2_IsAccepted() =>
        Assert.DoesNotContain((Plan("https://127.0.0.1:8443/", "2") with { Transport = TransportKind.Raw }).Validate(), p => p.StartsWith("transport.kind", StringComparison.Ordinal));

    [Fact]
    public void UsesRawTransport_ProxyInForce_IsHttpClient() =>
        Assert.False(LoadEngine.UsesRawTransport(Plan("https://api.example/", proxy: TargetProxy.Explicit(new Uri("http://127.0.0.1:3128")))));

    [Fact]
    public void Validate_RawTransportOverTls_IsAccepted() =>
        Assert.DoesNotContain((Plan("https://127.0.0.1:8443/") with { Transport = TransportKind.Raw }).Validate(), p => p.StartsWith("transport.kind", StringComparison.Ordinal));
}
