using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Harness.Conformance.Tests.Independent;

/// <summary>
/// A receiver of <c>POST /v1/event/huawei/custom/{integration_key}</c> on <see cref="HttpListener"/>,
/// written from the published spec (and the decisions it pins) without the project's Contract,
/// Fakes or Generators code. <see cref="ReceiverStyle"/> sets its choices on the open points.
/// </summary>
public sealed class IndependentReceiver : IDisposable
{
    private const string Route = "/v1/event/huawei/custom";
    private readonly HttpListener _listener = new();
    private readonly ReceiverStyle _style;
    private readonly Task _loop;

    public IndependentReceiver(ReceiverStyle style, string key)
    {
        _style = style;
        Key = key;
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(BaseAddress.ToString());
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public Uri BaseAddress { get; }

    public string Key { get; }

    public int Requests => _requests;

    private int _requests;

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (!_listener.IsListening)
            {
                return;
            }
            catch (HttpListenerException)
            {
                continue;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        Interlocked.Increment(ref _requests);
        var response = context.Response;
        try
        {
            var (status, body) = await DecideAsync(context.Request);
            response.StatusCode = status;
            response.ContentType = "application/json";
            var bytes = Encoding.UTF8.GetBytes(body);
            await response.OutputStream.WriteAsync(bytes);
        }
        catch (Exception)
        {
            response.StatusCode = 500;
        }
        finally
        {
            response.Close();
        }
    }

    private async Task<(int, string)> DecideAsync(HttpListenerRequest request)
    {
        var raw = request.RawUrl ?? "/";
        var path = raw.Split('?')[0];
        if (!path.StartsWith(Route, StringComparison.Ordinal) || (path.Length > Route.Length && path[Route.Length] != '/')
            || path[Route.Length..].TrimStart('/').Contains('/'))
        {
            return _style.SpringRoutingErrors ? (404, SpringError(404, "Not Found", path)) : (404, Envelope("ROUTE.NOTFOUND", "no such API"));
        }

        if (request.HttpMethod != "POST")
        {
            return _style.SpringRoutingErrors ? (405, SpringError(405, "Method Not Allowed", path)) : (405, Envelope("ROUTE.METHOD", "only POST"));
        }

        // Spec Table 1 and the pinned decisions: the key is the credential, compared after percent-decoding, 1..255 long; auth first.
        var key = Uri.UnescapeDataString(path[Route.Length..].TrimStart('/'));
        if (key.Length is 0 or > 255 || key != Key)
        {
            return (401, Envelope("common.01010001", "Token missing or invalid."));
        }

        var body = await ReadBodyAsync(request.InputStream);
        if (body is null)
        {
            return (413, Envelope("APIGW.0201", "Request entity too large"));
        }

        if (!ContentTypeIsJson(request.ContentType))
        {
            return _style.UnsupportedMediaType415
                ? (415, Envelope("COC.00000415", $"Content type '{request.ContentType}' not supported"))
                : (400, Envelope("COC.00000001", "Content-Type must be JSON"));
        }

        var problems = AlarmRules.Check(body, _style);
        return problems.Count == 0
            ? (200, Envelope(_style.SuccessCode, "success"))
            : (400, Envelope("COC.00000001", "Validation failed: " + string.Join("; ", problems)));
    }

    private async Task<byte[]?> ReadBodyAsync(Stream input)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = await input.ReadAsync(chunk)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > _style.MaxBodyBytes)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }

    private bool ContentTypeIsJson(string? header)
    {
        if (header is null)
        {
            return false;
        }

        var parts = header.Split(';', StringSplitOptions.TrimEntries);
        if (!parts[0].Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // Spring decodes any charset it knows; a strict reading wants UTF-8 when a charset is named.
        return _style.UnsupportedMediaType415 || parts.Skip(1).All(p =>
            !p.StartsWith("charset=", StringComparison.OrdinalIgnoreCase) || p[8..].Trim('"').Equals("utf-8", StringComparison.OrdinalIgnoreCase));
    }

    private static string Envelope(string code, string message) =>
        JsonSerializer.Serialize(new Dictionary<string, object?> { ["error_code"] = code, ["error_msg"] = message, ["data"] = null, ["provider_code"] = "049" });

    private static string SpringError(int status, string error, string path) =>
        JsonSerializer.Serialize(new Dictionary<string, object?> { ["timestamp"] = "2026-01-01T00:00:00.000+00:00", ["status"] = status, ["error"] = error, ["path"] = path });

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
    }
}
