using System.Net;
using System.Net.Sockets;
using Harness.Fakes.Misbehaving.Receiving;
using WireMock;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using WireMock.Types;
using WireMock.Util;

namespace Harness.Fakes.Misbehaving.Hosting;

/// <summary>
/// Runs a <see cref="Receiver"/> inside WireMock.Net: one catch-all mapping whose callback hands
/// every request to the receiver, on 127.0.0.1 only.
/// </summary>
internal static class WireMockHost
{
    private const int PortAttempts = 5;

    public static WireMockServer Start(Receiver receiver, TimeSpan slowDelay, TimeProvider time, CancellationToken stopping)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var server = WireMockServer.Start(Settings(FreeLoopbackPort()));
                server.Given(Request.Create().UsingAnyMethod())
                    .RespondWith(Response.Create().WithCallback(request => AnswerAsync(receiver, request, slowDelay, time, stopping)));
                return server;
            }
            catch (Exception ex) when (attempt < PortAttempts && ex is IOException or SocketException or InvalidOperationException)
            {
                // Another process took the port between probing and binding: probe again.
            }
        }
    }

    private static WireMockServerSettings Settings(int port) => new()
    {
        Urls = [$"http://127.0.0.1:{port}"],
        StartAdminInterface = false,
        DisableJsonBodyParsing = true,
        DisableRequestBodyDecompressing = true,
        DisableDeserializeFormUrlEncoded = true,
        AllowBodyForAllHttpMethods = true,
        MaxRequestLogCount = 0,
        Logger = new WireMockNullLogger(),
        PreWireMockMiddlewareInit = RawTarget.Install,
    };

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<IResponseMessage> AnswerAsync(Receiver receiver, IRequestMessage request, TimeSpan slowDelay,
        TimeProvider time, CancellationToken stopping)
    {
        var inbound = new InboundRequest(
            request.Method.ToUpperInvariant(),
            RawTarget.PathOf(request),
            Header(request, "Content-Type"),
            Header(request, Contract.Fields.IntegrationKeyRule.TokenHeader),
            request.BodyData?.BodyAsBytes ?? []);
        var reply = receiver.Handle(inbound);
        if (reply.Delayed)
        {
            try
            {
                await Task.Delay(slowDelay, time, stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The target is stopping: answer at once so the host can shut down.
            }
        }

        var response = new ResponseMessage
        {
            StatusCode = reply.Status,
            BodyData = new BodyData { BodyAsBytes = reply.Body, DetectedBodyType = BodyType.Bytes },
        };
        if (reply.ContentType is not null)
        {
            response.AddHeader("Content-Type", reply.ContentType);
        }

        if (reply.Server is not null)
        {
            response.AddHeader("Server", reply.Server);
        }

        if (reply.Allow is not null)
        {
            response.AddHeader("Allow", reply.Allow);
        }

        return response;
    }

    private static string? Header(IRequestMessage request, string name)
    {
        if (request.Headers is null)
        {
            return null;
        }

        foreach (var (headerName, values) in request.Headers)
        {
            if (string.Equals(headerName, name, StringComparison.OrdinalIgnoreCase) && values.Count > 0)
            {
                return string.Join(",", values);
            }
        }

        return null;
    }
}
