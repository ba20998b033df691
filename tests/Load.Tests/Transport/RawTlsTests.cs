using Harness.Contract.Targets;
using Harness.Load.Payloads;
using Harness.Load.Tests.Support;
using Harness.Load.Transport;
using Harness.TestKit;

namespace Harness.Load.Tests.Transport;

/// <summary>
/// The raw transport over TLS against Debian's nginx on loopback, with generated certificates: verification,
/// <c>--insecure</c>, <c>--ca-cert</c>, mutual TLS, ALPN and session resumption, a handful of requests each.
/// </summary>
public sealed class RawTlsTests : IDisposable
{
    private const string Envelope = """{"error_code":"COC.00000000","error_msg":"success","data":null,"provider_code":"049"}""";
    private readonly TestCertificates _certificates = TestCertificates.Create();

    public void Dispose() => _certificates.Dispose();

    [Fact]
    public async Task SendAsync_CaCertGiven_VerifiesAndAnswersOverHttp11()
    {
        await using var nginx = await StartAsync();

        var answers = await SendAsync(nginx, new TargetTls { CaCertificateFile = _certificates.CaCert }, count: 3);

        Assert.All(answers, a => Assert.Equal((TransportFailure.None, 200, "COC.00000000"), (a.Failure, a.Status, a.ErrorCode)));
        // ALPN offered http/1.1 and nginx took it.
        var lines = await LogLinesAsync(nginx, 3);
        Assert.Equal(3, lines.Length);
        Assert.All(lines, l => Assert.StartsWith("http/1.1 ", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendAsync_CertificateFromUnknownCa_FailsWithoutSendingARequest()
    {
        await using var nginx = await StartAsync();

        var answers = await SendAsync(nginx, new TargetTls(), count: 2);

        Assert.All(answers, a => Assert.Equal(TransportFailure.Connection, a.Failure));
        Assert.Empty(await LogLinesAsync(nginx, 1)); // waits the full 2 s: no line ever comes
    }

    [Fact]
    public async Task SendAsync_Insecure_AnswersDespiteTheUnknownCa()
    {
        await using var nginx = await StartAsync();

        var answers = await SendAsync(nginx, new TargetTls { Insecure = true }, count: 2);

        Assert.All(answers, a => Assert.Equal(200, a.Status));
    }

    [Fact]
    public async Task SendAsync_ClientCertificate_PassesMutualTlsAndWithoutOneNginxRefuses()
    {
        await using var nginx = await StartAsync($"ssl_verify_client on; ssl_client_certificate {_certificates.CaCert};");
        var trusted = new TargetTls { CaCertificateFile = _certificates.CaCert };

        var with = await SendAsync(nginx, trusted with { ClientCertificateFile = _certificates.ClientCert, ClientKeyFile = _certificates.ClientKey }, count: 2);
        var without = await SendAsync(nginx, trusted, count: 1);

        Assert.All(with, a => Assert.Equal(200, a.Status));
        // nginx answers 400 "No required SSL certificate was sent" to a client without one.
        Assert.Equal(400, Assert.Single(without).Status);
    }

    [Fact]
    public async Task SendAsync_EveryAnswerClosesTheConnection_LaterConnectionsResumeTheTlsSession()
    {
        // One request per connection, so each request after the first opens a new one; nginx logs "r" when the
        // session was resumed. Resumption needs a host name (the runtime does not resume for an IP literal).
        await using var nginx = await StartAsync("keepalive_requests 1; ssl_session_cache shared:SSL:1m;");

        var answers = await SendAsync(nginx, new TargetTls { CaCertificateFile = _certificates.CaCert }, count: 5, host: "localhost");

        Assert.All(answers, a => Assert.Equal(200, a.Status));
        var reused = (await LogLinesAsync(nginx, 5)).Select(l => l.Split(' ')[1]).ToArray();
        Assert.Equal(5, reused.Length);
        Assert.Equal(["r", "r", "r", "r"], reused[1..]);
    }

    private Task<ServerProcess> StartAsync(string extra = "") => Nginx.StartAsync(
        $"ssl_certificate {_certificates.ServerCert}; ssl_certificate_key {_certificates.ServerKey}; {extra}\n"
        + "access_log tls.log tls;\n"
        + $"location / {{ default_type application/json; return 200 '{Envelope}'; }}",
        "ssl",
        "log_format tls '$ssl_alpn_protocol $ssl_session_reused';");

    // nginx logs a request after its answer has left, so the last line may lag the answer a little.
    private static async Task<string[]> LogLinesAsync(ServerProcess nginx, int expected)
    {
        var path = Path.Combine(nginx.Folder, "tls.log");
        string[] lines = [];
        for (var i = 0; i < 50 && lines.Length < expected; i++)
        {
            await Task.Delay(i == 0 ? 0 : 40);
            lines = File.Exists(path) ? await File.ReadAllLinesAsync(path) : [];
        }

        return lines;
    }

    // Sends count requests one after another on one connection slot, each bounded by a 5 s deadline.
    private static async Task<TransportResponse[]> SendAsync(ServerProcess nginx, TargetTls tls, int count, string host = "127.0.0.1")
    {
        var target = new Uri($"https://{host}:{nginx.Port}/");
        var clock = TimeProvider.System;
        var request = PreparedRequest.Prepare(Plans.Valid, TargetEndpoint.RouteFor(target, "testkey0123456789testkey012345678"), token: null);
        await using var transport = await RawHttpTransport.CreateAsync(target, 1, TimeSpan.FromSeconds(5), clock, CancellationToken.None, RawTls.Options(target, tls));
        var answers = new TransportResponse[count];
        for (var i = 0; i < count; i++)
        {
            answers[i] = await transport.SendAsync(request, clock.GetTimestamp() + (5 * clock.TimestampFrequency));
        }

        return answers;
    }
}
