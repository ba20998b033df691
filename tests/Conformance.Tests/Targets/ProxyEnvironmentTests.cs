using Harness.Conformance.Tests.Cli;
using Harness.TestKit;

namespace Harness.Conformance.Tests.Targets;

/// <summary>
/// HTTP_PROXY/HTTPS_PROXY as a user's shell sets them, for the whole <c>harness</c> process: every
/// transport honours them. The target's name resolves only at the proxy, so nothing can bypass it.
/// </summary>
public sealed class ProxyEnvironmentTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>, IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("proxy-env-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Load_HttpProxySet_PlainHttpGoesThroughItWithANotice()
    {
        await using var squid = await Squid.StartAsync(Gateways.ProxyOnlyHostsLine);
        File.WriteAllText(Path.Combine(_root, "s.json"), """
            { "name": "env-proxy", "phases": [ { "type": "iterations", "count": 20, "concurrency": 2 } ], "payload": { "poolSize": 10 } }
            """);

        var (exit, output) = await HarnessProcess.RunAsync(_root, Proxy(squid),
            "load", "--scenario", "s.json", "--target", $"http://{Gateways.ProxyOnlyHost}:{gateway.Port}/", "--key", gateway.Key, "--out", "out");

        Assert.True(exit == 0, output);
        Assert.Contains("notice: the environment (HTTP_PROXY/HTTPS_PROXY) sends requests through the proxy", output, StringComparison.Ordinal);
        Assert.Contains($"POST http://{Gateways.ProxyOnlyHost}:{gateway.Port}/v1/event", Squid.AccessLog(squid), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Conformance_HttpsProxySet_TlsGoesThroughTheTunnel()
    {
        await using var nginx = await Gateways.TlsAsync(gateway.Certificates, gateway.Port);
        await using var squid = await Squid.StartAsync(Gateways.ProxyOnlyHostsLine);

        var (exit, output) = await HarnessProcess.RunAsync(_root, Proxy(squid),
            "conformance", "--target", $"https://{Gateways.ProxyOnlyHost}:{nginx.Port}/", "--key", gateway.Key,
            "--ca-cert", gateway.Certificates.CaCert, "--only", "spec.example", "--out", "out");

        Assert.True(exit == 0, output);
        Assert.Contains($"via proxy 127.0.0.1:{squid.Port}", output, StringComparison.Ordinal);
        Assert.Contains($"CONNECT {Gateways.ProxyOnlyHost}:{nginx.Port}", Squid.AccessLog(squid), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Proxy(ServerProcess squid) => new()
    {
        ["HTTP_PROXY"] = $"http://127.0.0.1:{squid.Port}",
        ["HTTPS_PROXY"] = $"http://127.0.0.1:{squid.Port}",
        ["NO_PROXY"] = "",
    };
}
