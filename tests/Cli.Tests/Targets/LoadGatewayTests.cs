using Harness.Cli.Commands;
using Harness.Load.Engine;
using Harness.TestKit;

namespace Harness.Cli.Tests.Targets;

/// <summary><c>harness load</c> behind real gateways and proxies: nginx (base path, API key, redirects, upstream down), squid, tinyproxy.</summary>
public sealed class LoadGatewayTests(ReceiverBehindGateways receiver) : IClassFixture<ReceiverBehindGateways>, IDisposable
{
    private const string GatewayKey = "gw-secret-4711";
    private readonly LoadTarget _load = new();

    public void Dispose() => _load.Dispose();

    [Theory]
    [InlineData(nameof(TransportKind.Auto))]
    [InlineData(nameof(TransportKind.HttpClient))]
    public async Task Load_GatewayNeedsApiKeyHeader_HeaderSentOnEveryTransportAndRedacted(string transportName)
    {
        // The theory names the transport: TransportKind is internal, a public test method cannot take it.
        var transport = Enum.Parse<TransportKind>(transportName);
        await using var nginx = await Gateways.BasePathAsync(receiver.Port, requiredKey: GatewayKey);

        var exit = await _load.RunAsync($"http://127.0.0.1:{nginx.Port}/gateway/", receiver.Key, headers: [$"X-Api-Key: {GatewayKey}"], transport: transport);

        Assert.True(exit == ExitCode.Passed, _load.Output);
        var statuses = _load.RunJson().GetProperty("measured").GetProperty("statuses");
        Assert.False(statuses.TryGetProperty("403", out _), statuses.ToString());
        var text = _load.RunJsonText();
        Assert.DoesNotContain(GatewayKey, text, StringComparison.Ordinal);
        Assert.DoesNotContain(GatewayKey, _load.Output, StringComparison.Ordinal);
        Assert.Contains("X-Api-Key: gw-s***", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(301)]
    [InlineData(307)]
    public async Task Load_TargetRedirects_ExitsThreeNamingWhereTo(int status)
    {
        await using var nginx = await Gateways.RedirectAsync(status, "https://api.example.test$request_uri");

        var exit = await _load.RunAsync($"http://127.0.0.1:{nginx.Port}/", receiver.Key);

        Assert.True(exit == ExitCode.TargetUnreachable, _load.Output);
        _load.AssertSaid($"redirected ({status}) to https://api.example.test/: use that URL");
        Assert.DoesNotContain(receiver.Key, _load.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_UpstreamDown_ExitsThreeWithTheGatewaysWord()
    {
        await using var nginx = await Gateways.UpstreamDownAsync();

        var exit = await _load.RunAsync($"http://127.0.0.1:{nginx.Port}/", receiver.Key);

        Assert.True(exit == ExitCode.TargetUnreachable, _load.Output);
        _load.AssertSaid("answered 502");
        _load.AssertSaid("the upstream receiver is down");
    }

    [Fact]
    public async Task Load_ProxyOnlyCanReachTarget_GoesThroughSquid()
    {
        await using var squid = await Squid.StartAsync(Gateways.ProxyOnlyHostsLine);

        var exit = await _load.RunAsync($"http://{Gateways.ProxyOnlyHost}:{receiver.Port}/", receiver.Key,
            reach: new TargetSwitches(Proxy: $"http://127.0.0.1:{squid.Port}"));

        Assert.True(exit == ExitCode.Passed, _load.Output);
        var run = _load.RunJson();
        Assert.Equal($"127.0.0.1:{squid.Port}", run.GetProperty("connection").GetProperty("proxy").GetString());
        Assert.Contains("via proxy", run.GetProperty("transport").GetString(), StringComparison.Ordinal);
        _load.AssertSaid("the HttpClient transport is used");
        Assert.Equal(40, run.GetProperty("measured").GetProperty("completed").GetInt64());
    }

    [Fact]
    public async Task Load_TlsThroughSquidConnect_Works()
    {
        await using var nginx = await Gateways.TlsAsync(receiver.Certificates, receiver.Port);
        await using var squid = await Squid.StartAsync(Gateways.ProxyOnlyHostsLine);

        var exit = await _load.RunAsync($"https://{Gateways.ProxyOnlyHost}:{nginx.Port}/", receiver.Key,
            reach: new TargetSwitches(CaCert: receiver.Certificates.CaCert, Proxy: $"http://127.0.0.1:{squid.Port}"));

        Assert.True(exit == ExitCode.Passed, _load.Output);
        Assert.Contains($"CONNECT {Gateways.ProxyOnlyHost}:{nginx.Port}", Squid.AccessLog(squid), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http")]
    [InlineData("https")]
    public async Task Load_ProxyWantsCredentials_ExitsThreeSaying407(string scheme)
    {
        await using var proxy = await Tinyproxy.StartAsync("harness", "proxy-secret");

        var exit = await _load.RunAsync($"{scheme}://127.0.0.1:{receiver.Port}/", receiver.Key,
            reach: new TargetSwitches(Proxy: $"http://127.0.0.1:{proxy.Port}"));

        Assert.True(exit == ExitCode.TargetUnreachable, _load.Output);
        _load.AssertSaid("proxy answered 407");
    }

    [Fact]
    public async Task Load_Http2CleartextAgainstHttp11Server_ExitsThreeSayingSo()
    {
        await using var nginx = await Gateways.PlainAsync(receiver.Port);

        var exit = await _load.RunAsync($"http://127.0.0.1:{nginx.Port}/", receiver.Key, reach: new TargetSwitches(HttpVersion: "2"));

        Assert.True(exit == ExitCode.TargetUnreachable, _load.Output);
        _load.AssertSaid("server does not speak HTTP/2");
    }

    [Fact]
    public async Task Load_RawTransportWithProxy_IsRefusedAsUsageError()
    {
        var exit = await _load.RunAsync($"http://127.0.0.1:{receiver.Port}/", receiver.Key, transport: TransportKind.Raw,
            reach: new TargetSwitches(Proxy: "http://127.0.0.1:3128"));

        Assert.True(exit == ExitCode.UsageError, _load.Output);
        _load.AssertSaid("the raw transport goes straight to the target");
    }
}
