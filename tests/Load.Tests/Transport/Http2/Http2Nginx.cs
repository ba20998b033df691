using Harness.Contract.Targets;
using Harness.Load.Payloads;
using Harness.Load.Tests.Support;
using Harness.Load.Transport;
using Harness.Load.Transport.Http2;
using Harness.TestKit;

namespace Harness.Load.Tests.Transport.Http2;

/// <summary>nginx answering the success envelope over HTTP/2 (TLS with ALPN, or h2c), logging each request, and a way to send many requests through the transport.</summary>
internal static class Http2Nginx
{
    public const string Envelope = """{"error_code":"COC.00000000","error_msg":"success","data":null,"provider_code":"049"}""";
    public const string Key = "testkey0123456789testkey012345678";

    /// <summary>nginx with HTTP/2 on TLS (<paramref name="tls"/>) or cleartext, <paramref name="extra"/> server directives, every request logged to h2.log.</summary>
    public static Task<ServerProcess> StartAsync(TestCertificates? tls, string extra = "", string location = "", string httpExtra = "") => Nginx.StartAsync(
        (tls is null ? "" : $"ssl_certificate {tls.ServerCert}; ssl_certificate_key {tls.ServerKey};\n")
        + $"access_log h2.log h2; {extra}\n"
        + $"location / {{ default_type application/json; return 200 '{Envelope}'; }}\n{location}",
        tls is null ? "http2" : "ssl http2",
        "log_format h2 '$server_protocol $connection $request_method $request_length';\n" + httpExtra);

    public static Task<Http2Transport> TransportAsync(ServerProcess nginx, TestCertificates? tls, int connections, int streams, TimeSpan? timeout = null) =>
        TransportAsync(new Uri($"{(tls is null ? "http" : "https")}://127.0.0.1:{nginx.Port}/"), tls, connections, streams, timeout);

    public static async Task<Http2Transport> TransportAsync(Uri target, TestCertificates? tls, int connections, int streams, TimeSpan? timeout = null) =>
        await Http2Transport.CreateAsync(target, connections, streams, [], timeout ?? TimeSpan.FromSeconds(5), TimeProvider.System, CancellationToken.None,
            tls is null ? null : RawTls.Options(target, new TargetTls { CaCertificateFile = tls.CaCert }));

    public static PreparedRequest Request(ServerProcess nginx, bool tls, LoadPayload? payload = null, string path = "") =>
        PreparedRequest.Prepare(payload ?? Plans.Valid, TargetEndpoint.RouteFor(new Uri($"{(tls ? "https" : "http")}://127.0.0.1:{nginx.Port}/{path}"), Key), token: null);

    /// <summary>Sends <paramref name="count"/> requests, keeping the transport's capacity in flight (as the engine does), each with a <paramref name="timeout"/> deadline.</summary>
    public static async Task<TransportResponse[]> SendManyAsync(ILoadTransport transport, PreparedRequest request, int count, TimeSpan? timeout = null)
    {
        var clock = TimeProvider.System;
        var ticks = (long)((timeout ?? TimeSpan.FromSeconds(5)).TotalSeconds * clock.TimestampFrequency);
        var answers = new TransportResponse[count];
        var next = -1;
        var workers = Enumerable.Range(0, Math.Min(count, transport.Capacity)).Select(async _ =>
        {
            await Task.Yield();
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                answers[i] = await transport.SendAsync(request, clock.GetTimestamp() + ticks);
            }
        });
        await Task.WhenAll(workers);
        return answers;
    }

    /// <summary>The access log's lines once <paramref name="expected"/> are there (nginx logs after the answer left), or after 2 s.</summary>
    public static async Task<string[]> LogLinesAsync(ServerProcess nginx, int expected)
    {
        var path = Path.Combine(nginx.Folder, "h2.log");
        string[] lines = [];
        for (var i = 0; i < 50 && lines.Length < expected; i++)
        {
            await Task.Delay(i == 0 ? 0 : 40);
            lines = File.Exists(path) ? await File.ReadAllLinesAsync(path) : [];
        }

        return lines;
    }
}
