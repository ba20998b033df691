using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Harness.TestKit;

/// <summary>
/// Kestrel speaking HTTP/2 only on a free loopback port (TLS with ALPN h2, or cleartext h2 with prior knowledge),
/// answering every POST with the success envelope and counting what it received: a second real HTTP/2 server
/// (beside nginx) whose HPACK, flow control and framing are Kestrel's own. The reference fake serves HTTP/1.1 only.
/// </summary>
public sealed class KestrelHttp2 : IAsyncDisposable
{
    public const string Envelope = """{"error_code":"COC.00000000","error_msg":"success","data":null,"provider_code":"049"}""";

    private readonly WebApplication _app;
    private long _requests;
    private long _bodyBytes;

    private KestrelHttp2(WebApplication app) => _app = app;

    public int Port { get; private set; }

    /// <summary>POSTs answered so far.</summary>
    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>Request body bytes read so far.</summary>
    public long BodyBytes => Interlocked.Read(ref _bodyBytes);

    /// <summary>Starts Kestrel; with <paramref name="certificates"/> it serves TLS with the test server certificate.</summary>
    public static async Task<KestrelHttp2> StartAsync(TestCertificates? certificates)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
        {
            listen.Protocols = HttpProtocols.Http2;
            if (certificates is not null)
            {
                listen.UseHttps(X509Certificate2.CreateFromPemFile(certificates.ServerCert, certificates.ServerKey));
            }
        }));
        var app = builder.Build();
        var server = new KestrelHttp2(app);
        app.MapPost("/{**rest}", server.AnswerAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Port = new Uri(address).Port;
        return server;
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var buffer = new byte[16_384];
        long read = 0;
        int n;
        while ((n = await context.Request.Body.ReadAsync(buffer)) > 0)
        {
            read += n;
        }

        Interlocked.Add(ref _bodyBytes, read);
        Interlocked.Increment(ref _requests);
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(Envelope);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
