using Harness.Cli.Commands;
using Harness.TestKit;

namespace Harness.Cli.Tests.Targets;

/// <summary><c>harness load</c> against nginx with TLS (and HTTP/2) in front of the fake, with generated certificates.</summary>
public sealed class LoadTlsTests(ReceiverBehindGateways receiver) : IClassFixture<ReceiverBehindGateways>, IDisposable
{
    private readonly LoadTarget _load = new();

    public void Dispose() => _load.Dispose();

    [Fact]
    public async Task Load_UntrustedCertificate_ExitsThreeNamingTheCause()
    {
        await using var nginx = await Gateways.TlsAsync(receiver.Certificates, receiver.Port);

        var exit = await _load.RunAsync($"https://127.0.0.1:{nginx.Port}/", receiver.Key);

        Assert.True(exit == ExitCode.TargetUnreachable, _load.Output);
        _load.AssertSaid("certificate not trusted");
        _load.AssertSaid("--ca-cert");
        Assert.False(_load.WroteRun);
    }

    [Fact]
    public async Task Load_CaCertGiven_VerifiesAndRecordsTheConnection()
    {
        await using var nginx = await Gateways.TlsAsync(receiver.Certificates, receiver.Port);

        var exit = await _load.RunAsync($"https://127.0.0.1:{nginx.Port}/", receiver.Key, reach: new TargetSwitches(CaCert: receiver.Certificates.CaCert));

        Assert.True(exit == ExitCode.Passed, _load.Output);
        var connection = _load.RunJson().GetProperty("connection");
        Assert.True(connection.GetProperty("tls").GetBoolean());
        Assert.Equal("verified against ca.pem", connection.GetProperty("tlsVerification").GetString());
        Assert.Equal("1.1", connection.GetProperty("httpVersionNegotiated").GetString());
        // auto sends https:// HTTP/1.1 on the raw transport's TLS path (the pre-flight made the same handshake).
        Assert.Equal("raw-http1.1-tls", _load.RunJson().GetProperty("transport").GetString());
        Assert.Equal(40, _load.RunJson().GetProperty("measured").GetProperty("completed").GetInt64());
    }

    [Fact]
    public async Task Load_Insecure_RunJsonSaysSoAndWhyTheCertificateWouldFail()
    {
        await using var nginx = await Gateways.TlsAsync(receiver.Certificates, receiver.Port);

        var exit = await _load.RunAsync($"https://127.0.0.1:{nginx.Port}/", receiver.Key, insecure: true);

        Assert.True(exit == ExitCode.Passed, _load.Output);
        var run = _load.RunJson();
        Assert.True(run.GetProperty("scenario").GetProperty("target").GetProperty("insecure").GetBoolean());
        Assert.Equal("skipped (--insecure)", run.GetProperty("connection").GetProperty("tlsVerification").GetString());
        _load.AssertSaid("would not be trusted");
    }

    [Fact]
    public async Task Load_Http2AgainstHttp11OnlyServer_ExitsThreeSayingSo()
    {
        await using var nginx = await Gateways.TlsAsync(receiver.Certificates, receiver.Port, http2: false);

        var exit = await _load.RunAsync($"https://127.0.0.1:{nginx.Port}/", receiver.Key,
            reach: new TargetSwitches(CaCert: receiver.Certificates.CaCert, HttpVersion: "2"));

        Assert.True(exit == ExitCode.TargetUnreachable, _load.Output);
        _load.AssertSaid("server does not speak HTTP/2");
        _load.AssertSaid("--http-version");
    }

    [Fact]
    public async Task Load_Http2_NegotiatesH2AndOpensOneConnectionPerConfiguredConnection()
    {
        await using var nginx = await Gateways.TlsAsync(receiver.Certificates, receiver.Port, http2: true,
            extra: "access_log conn.log conn;", httpExtra: "log_format conn '$connection $request_method $server_protocol';");

        var exit = await _load.RunAsync($"https://127.0.0.1:{nginx.Port}/", receiver.Key,
            reach: new TargetSwitches(CaCert: receiver.Certificates.CaCert, HttpVersion: "2"));

        Assert.True(exit == ExitCode.Passed, _load.Output);
        var run = _load.RunJson();
        Assert.Equal("2", run.GetProperty("connection").GetProperty("httpVersionNegotiated").GetString());
        // auto sends HTTP/2 sent direct on the raw HTTP/2 transport (ALPN h2, as the pre-flight negotiated).
        Assert.Equal("raw-h2", run.GetProperty("transport").GetString());
        var lines = File.ReadAllLines(Path.Combine(nginx.Folder, "conn.log"));
        Assert.All(lines, l => Assert.EndsWith("HTTP/2.0", l, StringComparison.Ordinal));
        // The scenario's 4 connections carried the 40 POSTs (the pre-flight and stats reads had their own).
        var posts = lines.Where(l => l.Contains(" POST ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(40, posts.Length);
        Assert.Equal(4, posts.Select(l => l.Split(' ')[0]).Distinct().Count());
    }

    [Fact]
    public async Task Load_MutualTlsWithoutClientCertificate_ExitsThreeAskingForIt()
    {
        await using var nginx = await MutualTlsGatewayAsync();

        var exit = await _load.RunAsync($"https://127.0.0.1:{nginx.Port}/", receiver.Key, reach: new TargetSwitches(CaCert: receiver.Certificates.CaCert));

        Assert.True(exit == ExitCode.TargetUnreachable, _load.Output);
        _load.AssertSaid("the server wants a client certificate (mTLS; answered 400: 400 No required SSL certificate was sent)");
        _load.AssertSaid("--client-cert FILE and --client-key FILE");
        Assert.False(_load.WroteRun);
    }

    [Fact]
    public async Task Load_ClientCertificate_PassesMutualTls()
    {
        await using var nginx = await MutualTlsGatewayAsync();

        var exit = await _load.RunAsync($"https://127.0.0.1:{nginx.Port}/", receiver.Key,
            reach: new TargetSwitches(receiver.Certificates.CaCert, receiver.Certificates.ClientCert, receiver.Certificates.ClientKey));

        Assert.True(exit == ExitCode.Passed, _load.Output);
        Assert.True(_load.RunJson().GetProperty("connection").GetProperty("clientCertificate").GetBoolean());
        Assert.Equal(40, _load.RunJson().GetProperty("measured").GetProperty("statuses").EnumerateObject().Where(p => p.Name is "200" or "400").Sum(p => p.Value.GetInt64()));
    }

    // nginx that asks every client for a certificate signed by the test CA.
    private Task<ServerProcess> MutualTlsGatewayAsync() =>
        Gateways.TlsAsync(receiver.Certificates, receiver.Port, extra: $"ssl_verify_client on; ssl_client_certificate {receiver.Certificates.CaCert};");
}
