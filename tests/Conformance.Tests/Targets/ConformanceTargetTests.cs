using Harness.Contract.Targets;
using Harness.Embedded;
using Harness.TestKit;

namespace Harness.Conformance.Tests.Targets;

/// <summary>The suite against the reference receiver behind real nginx, squid and tinyproxy (TLS, HTTP/2, gzip, proxies, redirects, 502).</summary>
public sealed class ConformanceTargetTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task RunAsync_TlsWithCaCert_PassesAndRecordsTheConnection()
    {
        await using var nginx = await Gateways.TlsAsync(gateway.Certificates, gateway.Port);

        var run = await ConformanceRuns.RunAsync(gateway.Options($"https://127.0.0.1:{nginx.Port}/", tls: new TargetTls { CaCertificateFile = gateway.Certificates.CaCert }));

        Assert.True(run.Passed, string.Join("\n", run.Failures.Select(f => f.Actual)));
        Assert.True(run.Connection!.Tls);
        Assert.Equal("verified against ca.pem", run.Connection.TlsVerification);
    }

    [Fact]
    public async Task RunAsync_UntrustedCertificate_StopsBeforeAnyCheckNamingTheCause()
    {
        await using var nginx = await Gateways.TlsAsync(gateway.Certificates, gateway.Port);

        var error = await Assert.ThrowsAsync<TargetUnreachableException>(() => ConformanceRuns.RunAsync(gateway.Options($"https://127.0.0.1:{nginx.Port}/")));

        Assert.Contains("certificate not trusted", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Http2Selected_EveryCheckGoesOverH2()
    {
        await using var nginx = await Gateways.TlsAsync(gateway.Certificates, gateway.Port, http2: true,
            extra: "access_log proto.log proto;", httpExtra: "log_format proto '$server_protocol';");

        var run = await ConformanceRuns.RunAsync(gateway.Options($"https://127.0.0.1:{nginx.Port}/", tls: new TargetTls { CaCertificateFile = gateway.Certificates.CaCert }, httpVersion: "2"));

        Assert.True(run.Passed, string.Join("\n", run.Failures.Select(f => f.Actual)));
        Assert.Equal("2", run.Connection!.HttpVersionNegotiated);
        Assert.All(File.ReadAllLines(Path.Combine(nginx.Folder, "proto.log")), line => Assert.Equal("HTTP/2.0", line));
    }

    [Fact]
    public async Task RunAsync_Http2AgainstHttp11OnlyServer_StopsSayingSo()
    {
        await using var nginx = await Gateways.TlsAsync(gateway.Certificates, gateway.Port);

        var error = await Assert.ThrowsAsync<TargetUnreachableException>(() => ConformanceRuns.RunAsync(gateway.Options($"https://127.0.0.1:{nginx.Port}/", tls: new TargetTls { CaCertificateFile = gateway.Certificates.CaCert }, httpVersion: "2")));

        Assert.Contains("server does not speak HTTP/2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_GzipAskedForByHeader_AnswersAreDecodedBeforeJudging()
    {
        await using var nginx = await Gateways.TlsAsync(gateway.Certificates, gateway.Port,
            extra: "gzip on; gzip_types application/json; gzip_min_length 0; gzip_proxied any;"
                + " access_log enc.log enc;", httpExtra: "log_format enc '$sent_http_content_encoding';");

        var run = await ConformanceRuns.RunAsync(gateway.Options($"https://127.0.0.1:{nginx.Port}/", tls: new TargetTls { CaCertificateFile = gateway.Certificates.CaCert }, headers: [new("Accept-Encoding", "gzip")]));

        Assert.True(run.Passed, string.Join("\n", run.Failures.Select(f => f.Actual)));
        Assert.Contains("gzip", File.ReadAllLines(Path.Combine(nginx.Folder, "enc.log")));
    }

    [Fact]
    public async Task RunAsync_BasePathBehindGatewayWithApiKey_Passes()
    {
        await using var nginx = await Gateways.BasePathAsync(gateway.Port, requiredKey: "gw-secret-4711");

        var run = await ConformanceRuns.RunAsync(gateway.Options($"http://127.0.0.1:{nginx.Port}/gateway/", headers: [new("X-Api-Key", "gw-secret-4711")]));

        Assert.True(run.Passed, string.Join("\n", run.Failures.Select(f => f.Actual)));
        Assert.Equal(["X-Api-Key: gw-s***"], run.Connection!.Headers);
    }

    [Theory]
    [InlineData(301)]
    [InlineData(307)]
    public async Task RunAsync_TargetRedirects_StopsNamingWhereTo(int status)
    {
        await using var nginx = await Gateways.RedirectAsync(status, "https://api.example.test$request_uri");

        var error = await Assert.ThrowsAsync<TargetUnreachableException>(() => ConformanceRuns.RunAsync(gateway.Options($"http://127.0.0.1:{nginx.Port}/")));

        Assert.Contains($"redirected ({status}) to https://api.example.test/", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_UpstreamDown_StopsWithTheGatewaysWord()
    {
        await using var nginx = await Gateways.UpstreamDownAsync();

        var error = await Assert.ThrowsAsync<TargetUnreachableException>(() => ConformanceRuns.RunAsync(gateway.Options($"http://127.0.0.1:{nginx.Port}/")));

        Assert.Contains("answered 502", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_TlsThroughSquidConnect_PassesAndRecordsTheProxy()
    {
        await using var nginx = await Gateways.TlsAsync(gateway.Certificates, gateway.Port);
        await using var squid = await Squid.StartAsync(Gateways.ProxyOnlyHostsLine);

        var run = await ConformanceRuns.RunAsync(gateway.Options($"https://{Gateways.ProxyOnlyHost}:{nginx.Port}/", tls: new TargetTls { CaCertificateFile = gateway.Certificates.CaCert },
            proxy: TargetProxy.Explicit(new Uri($"http://127.0.0.1:{squid.Port}"))));

        Assert.True(run.Passed, string.Join("\n", run.Failures.Select(f => f.Actual)));
        Assert.Equal($"127.0.0.1:{squid.Port}", run.Connection!.Proxy);
        Assert.Contains($"CONNECT {Gateways.ProxyOnlyHost}:{nginx.Port}", Squid.AccessLog(squid), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ProxyWantsCredentials_StopsSaying407()
    {
        await using var proxy = await Tinyproxy.StartAsync("harness", "proxy-secret");

        var error = await Assert.ThrowsAsync<TargetUnreachableException>(() => ConformanceRuns.RunAsync(gateway.Options($"http://127.0.0.1:{gateway.Port}/", 
            proxy: TargetProxy.Explicit(new Uri($"http://127.0.0.1:{proxy.Port}")))));

        Assert.Contains("proxy answered 407", error.Message, StringComparison.Ordinal);
    }
}
