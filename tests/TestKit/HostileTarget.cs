using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Harness.TestKit;

/// <summary>
/// A target that attacks its client, for the tests of issue 15: a bare HTTP/1.1 server on a free
/// loopback port (a raw socket, so it can send bytes no well-behaved server would) that answers every
/// request on a keep-alive connection the way its <see cref="HostileMode"/> says.
/// </summary>
public sealed class HostileTarget : IAsyncDisposable
{
    /// <summary>Terminal escapes as a JSON string's escapes: clear screen, set the window title, an OSC 8 link, BEL.</summary>
    public const string AnsiJson = "\\u001b[2J\\u001b]0;pwned\\u0007\\u001b]8;;https://evil.example/\\u0007click\\u001b]8;;\\u0007\\u009b31m";

    /// <summary>Markup meant to run or load something wherever it is rendered unescaped.</summary>
    public const string HtmlJson = "<script>alert(1)</script><img src=x onerror=alert(2)> ![t](https://evil.example/t.png) \\u0000\\u001b[31m";

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private int _requests;

    public HostileTarget(HostileMode mode, long hugeBytes = 50L * 1024 * 1024, TimeSpan? slowDelay = null)
    {
        Mode = mode;
        HugeBytes = hugeBytes;
        SlowDelay = slowDelay ?? TimeSpan.FromSeconds(3);
        _listener.Start();
        BaseAddress = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _accepting = AcceptAsync();
    }

    public HostileMode Mode { get; }

    public long HugeBytes { get; }

    public TimeSpan SlowDelay { get; }

    public Uri BaseAddress { get; }

    /// <summary>Requests read so far.</summary>
    public int Requests => Volatile.Read(ref _requests);

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var reader = new HttpRequestReader(stream);
                while (await reader.ReadRequestAsync(_stop.Token))
                {
                    Interlocked.Increment(ref _requests);
                    await AnswerAsync(stream, _stop.Token);
                }
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The client went away or the target is stopping: an attacker does not care.
            }
        }
    }

    private async Task AnswerAsync(NetworkStream stream, CancellationToken ct)
    {
        switch (Mode)
        {
            case HostileMode.Html:
                await WriteAsync(stream, 400, "application/json", Envelope(HtmlJson, HtmlJson), ct);
                break;
            case HostileMode.Ansi:
                await WriteAsync(stream, 400, "application/json", Envelope(AnsiJson, AnsiJson), ct);
                break;
            case HostileMode.InvalidUtf8:
                byte[] broken = [.. "{\"error_code\":\"COC."u8, 0xFF, 0xFE, .. "\",\"error_msg\":\"\\ud800\",\"data\":null,\"provider_code\":\"049\"}"u8];
                await WriteAsync(stream, 400, "application/json", broken, ct);
                break;
            case HostileMode.Huge:
                await WriteHeadAsync(stream, $"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {HugeBytes}\r\n\r\n", ct);
                await WriteFillerAsync(stream, HugeBytes, ct);
                break;
            case HostileMode.ChunkedEndless:
                await WriteHeadAsync(stream, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n", ct);
                var chunk = Encoding.ASCII.GetBytes($"{64 * 1024:x}\r\n{new string(' ', 64 * 1024)}\r\n");
                while (!ct.IsCancellationRequested)
                {
                    await stream.WriteAsync(chunk, ct);
                }

                break;
            case HostileMode.Silent:
                await Task.Delay(Timeout.Infinite, ct);
                break;
            case HostileMode.Slow:
                await Task.Delay(SlowDelay, ct);
                await WriteAsync(stream, 200, "application/json", Envelope("COC.00000000", "success"), ct);
                break;
        }
    }

    private static byte[] Envelope(string code, string message) =>
        Encoding.UTF8.GetBytes($"{{\"error_code\":\"{code}\",\"error_msg\":\"{message}\",\"data\":null,\"provider_code\":\"049\"}}");

    private static async Task WriteAsync(NetworkStream stream, int status, string contentType, byte[] body, CancellationToken ct)
    {
        await WriteHeadAsync(stream, $"HTTP/1.1 {status} X\r\nContent-Type: {contentType}\r\nContent-Length: {body.Length}\r\n\r\n", ct);
        await stream.WriteAsync(body, ct);
    }

    private static Task WriteHeadAsync(NetworkStream stream, string head, CancellationToken ct) =>
        stream.WriteAsync(Encoding.ASCII.GetBytes(head), ct).AsTask();

    private static async Task WriteFillerAsync(NetworkStream stream, long bytes, CancellationToken ct)
    {
        var filler = new byte[64 * 1024];
        Array.Fill(filler, (byte)' ');
        for (var left = bytes; left > 0; left -= filler.Length)
        {
            await stream.WriteAsync(filler.AsMemory(0, (int)Math.Min(filler.Length, left)), ct);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }
}
