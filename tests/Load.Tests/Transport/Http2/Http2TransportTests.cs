using System.Net.Sockets;
using Harness.Load.Tests.Support;
using Harness.Load.Transport;
using Harness.TestKit;

namespace Harness.Load.Tests.Transport.Http2;

/// <summary>
/// The raw HTTP/2 transport against Debian's nginx on loopback: h2 over TLS (ALPN) and h2c, every request
/// reconciled with nginx's access log; the server's stream limit, GOAWAY, flow control and timeouts.
/// </summary>
public sealed class Http2TransportTests : IDisposable
{
    private readonly TestCertificates _certificates = TestCertificates.Create();

    public void Dispose() => _certificates.Dispose();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SendAsync_TlsOrCleartext_EveryRequestAnsweredOverHttp2AndLoggedOnce(bool tls)
    {
        var certificates = tls ? _certificates : null;
        await using var nginx = await Http2Nginx.StartAsync(certificates);
        await using var transport = await Http2Nginx.TransportAsync(nginx, certificates, connections: 2, streams: 8);

        var answers = await Http2Nginx.SendManyAsync(transport, Http2Nginx.Request(nginx, tls), 300);

        Assert.Equal(tls ? "raw-h2" : "raw-h2c", transport.Name);
        Assert.Equal(16, transport.Capacity);
        Assert.All(answers, a => Assert.Equal((TransportFailure.None, 200, "COC.00000000"), (a.Failure, a.Status, a.ErrorCode)));
        Assert.All(answers, a => Assert.Equal((Plans.Valid.Body.Length, Http2Nginx.Envelope.Length), (a.BytesOut, a.BytesIn)));
        var lines = await Http2Nginx.LogLinesAsync(nginx, 300);
        Assert.Equal(300, lines.Length);
        Assert.All(lines, l => Assert.StartsWith("HTTP/2.0 ", l, StringComparison.Ordinal));
        // The two connections carried everything: no connection opened behind the run's back.
        Assert.Equal(2, lines.Select(l => l.Split(' ')[1]).Distinct().Count());
    }

    [Fact]
    public async Task CreateAsync_ServerAllowsFourStreams_CapacityHonoursItAndNothingIsRefused()
    {
        await using var nginx = await Http2Nginx.StartAsync(_certificates, "http2_max_concurrent_streams 4;");
        await using var transport = await Http2Nginx.TransportAsync(nginx, _certificates, connections: 1, streams: 16);

        var answers = await Http2Nginx.SendManyAsync(transport, Http2Nginx.Request(nginx, tls: true), 200);

        Assert.Equal(4, transport.Capacity);
        Assert.All(answers, a => Assert.Equal(200, a.Status));
        Assert.Equal(200, (await Http2Nginx.LogLinesAsync(nginx, 200)).Length);
    }

    [Fact]
    public async Task SendAsync_ServerSendsGoAwayEveryHundredRequests_RunStaysExactOnNewConnections()
    {
        // nginx ends an HTTP/2 connection with GOAWAY after keepalive_requests streams; streams sent after its last
        // stream id were never processed, so they go again on the next connection: each request reaches nginx once.
        await using var nginx = await Http2Nginx.StartAsync(_certificates, "keepalive_requests 100;");
        await using var transport = await Http2Nginx.TransportAsync(nginx, _certificates, connections: 1, streams: 8);

        var answers = await Http2Nginx.SendManyAsync(transport, Http2Nginx.Request(nginx, tls: true), 1000);

        Assert.All(answers, a => Assert.Equal((TransportFailure.None, 200), (a.Failure, a.Status)));
        var lines = await Http2Nginx.LogLinesAsync(nginx, 1000);
        Assert.Equal(1000, lines.Length);
        Assert.Equal(10, lines.Select(l => l.Split(' ')[1]).Distinct().Count());
    }

    [Fact]
    public async Task SendAsync_BodyLargerThanTheServersWindow_WaitsForWindowUpdatesAndArrivesWhole()
    {
        // nginx starts streams with a 64 KiB window (http2_body_preread_size): a 300 KB body must wait for WINDOW_UPDATEs.
        // nginx reads the whole body only to pass it on (a bare `return` answers first), so /upload/ proxies to a second server.
        var upstream = LoopbackPort.Free();
        await using var nginx = await Http2Nginx.StartAsync(_certificates, "client_max_body_size 1m;",
            location: $"location /upload/ {{ proxy_pass http://127.0.0.1:{upstream}/; }}",
            httpExtra: $"server {{ listen 127.0.0.1:{upstream}; client_max_body_size 1m; access_log off; location / {{ return 200 '{Http2Nginx.Envelope}'; }} }}");
        await using var transport = await Http2Nginx.TransportAsync(nginx, _certificates, connections: 1, streams: 4);
        var body = new byte[300_000];
        Array.Fill(body, (byte)'a');
        var payload = Plans.Valid with { Body = body };

        var answers = await Http2Nginx.SendManyAsync(transport, Http2Nginx.Request(nginx, tls: true, payload, "upload/"), 8);

        Assert.All(answers, a => Assert.Equal((TransportFailure.None, 200, 300_000), (a.Failure, a.Status, a.BytesOut)));
        var lines = await Http2Nginx.LogLinesAsync(nginx, 8);
        // $request_length counts the header block and the whole body.
        Assert.All(lines, l => Assert.True(long.Parse(l.Split(' ')[3], System.Globalization.CultureInfo.InvariantCulture) >= 300_000, l));
    }

    [Fact]
    public async Task SendAsync_AnswerNeverComes_TimesOutAndTheConnectionServesTheNextRequest()
    {
        // An upstream that accepts and never answers: nginx waits, so our deadline passes and the stream is reset.
        using var silent = new TcpListener(System.Net.IPAddress.Loopback, 0);
        silent.Start();
        var upstream = ((System.Net.IPEndPoint)silent.LocalEndpoint).Port;
        await using var nginx = await Http2Nginx.StartAsync(_certificates, location: $"location /slow/ {{ proxy_pass http://127.0.0.1:{upstream}/; }}");
        await using var transport = await Http2Nginx.TransportAsync(nginx, _certificates, connections: 1, streams: 2, TimeSpan.FromMilliseconds(500));

        var slow = await Http2Nginx.SendManyAsync(transport, Http2Nginx.Request(nginx, tls: true, path: "slow/"), 1, TimeSpan.FromMilliseconds(500));
        var next = await Http2Nginx.SendManyAsync(transport, Http2Nginx.Request(nginx, tls: true), 3);

        Assert.Equal(TransportFailure.Timeout, Assert.Single(slow).Failure);
        Assert.All(next, a => Assert.Equal(200, a.Status));
        var lines = await Http2Nginx.LogLinesAsync(nginx, 4);
        // nginx logs the reset stream too (status 499); everything went over the one connection.
        Assert.Single(lines.Select(l => l.Split(' ')[1]).Distinct());
    }

    [Fact]
    public async Task SendAsync_RunCancelledWhileWaiting_EndsAsCancelledAtOnce()
    {
        using var silent = new TcpListener(System.Net.IPAddress.Loopback, 0);
        silent.Start();
        var upstream = ((System.Net.IPEndPoint)silent.LocalEndpoint).Port;
        await using var nginx = await Http2Nginx.StartAsync(_certificates, location: $"location /slow/ {{ proxy_pass http://127.0.0.1:{upstream}/; }}");
        using var run = new CancellationTokenSource();
        var target = new Uri($"https://127.0.0.1:{nginx.Port}/");
        await using var transport = await Harness.Load.Transport.Http2.Http2Transport.CreateAsync(target, 1, 2, [], TimeSpan.FromSeconds(30), TimeProvider.System, run.Token,
            RawTls.Options(target, new Harness.Contract.Targets.TargetTls { CaCertificateFile = _certificates.CaCert }));
        var clock = TimeProvider.System;

        var pending = transport.SendAsync(Http2Nginx.Request(nginx, tls: true, path: "slow/"), clock.GetTimestamp() + (30 * clock.TimestampFrequency)).AsTask();
        await Task.Delay(300);
        var cancelledAt = clock.GetTimestamp();
        await run.CancelAsync();
        var answer = await pending.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(TransportFailure.Cancelled, answer.Failure);
        Assert.True(clock.GetElapsedTime(cancelledAt) < TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task SendAsync_ServerWithoutHttp2_FailsAsConnectionErrorsAndSendsNothing()
    {
        await using var nginx = await Nginx.StartAsync(
            $"ssl_certificate {_certificates.ServerCert}; ssl_certificate_key {_certificates.ServerKey}; access_log h2.log;\n"
            + "location / { return 200 'ok'; }",
            "ssl");
        await using var transport = await Http2Nginx.TransportAsync(nginx, _certificates, connections: 1, streams: 2);

        var answers = await Http2Nginx.SendManyAsync(transport, Http2Nginx.Request(nginx, tls: true), 3);

        Assert.All(answers, a => Assert.Equal(TransportFailure.Connection, a.Failure));
        Assert.Empty(await Http2Nginx.LogLinesAsync(nginx, 1));
    }
}
