using System.Net.Sockets;
using System.Text;
using Harness.Contract.Envelopes;
using Harness.Fakes.Tests.Support;

namespace Harness.Fakes.Tests.Api;

/// <summary>Clients HttpClient would never be: broken framing, truncated uploads, absurd targets. The receiver answers or closes, and lives on.</summary>
public sealed class RawClientTests
{
    private static async Task<string> ExchangeAsync(FakeReceiver fake, string head, byte[]? body = null, bool closeEarly = false)
    {
        using var socket = new TcpClient();
        await socket.ConnectAsync(fake.BaseAddress.Host, fake.BaseAddress.Port);
        var stream = socket.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        if (body is not null)
        {
            await stream.WriteAsync(body);
        }

        if (closeEarly)
        {
            socket.Client.Shutdown(SocketShutdown.Send);
        }

        var answer = new MemoryStream();
        var buffer = new byte[8192];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, timeout.Token)) > 0)
            {
                answer.Write(buffer, 0, read);
                if (Encoding.UTF8.GetString(answer.ToArray()).Contains("\"provider_code\"", StringComparison.Ordinal))
                {
                    break;
                }
            }
        }
        catch (IOException)
        {
            // A reset after the answer is fine; what was read so far is kept.
        }

        return Encoding.UTF8.GetString(answer.ToArray());
    }

    private static string Head(string target, string extra) =>
        $"POST {target} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n{extra}\r\n";

    [Fact]
    public async Task AbsoluteFormTarget_KeyFoundOnTheHotPath()
    {
        // The hot path (IngestRoute) takes this request by its path; the raw target does not start
        // with the route, and the key must still be found without a route value to fall back on.
        await using var fake = await FakeHttp.StartAsync();
        var body = Encoding.UTF8.GetBytes(SpecBody.Json);

        var raw = await ExchangeAsync(fake, Head($"http://localhost{FakeHttp.PathFor(FakeHttp.Key)}", $"Content-Length: {body.Length}\r\n"), body);

        Assert.StartsWith("HTTP/1.1 200", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BrokenChunkedFraming_Is400WithEnvelopeAndReceiverLivesOn()
    {
        await using var fake = await FakeHttp.StartAsync();

        var raw = await ExchangeAsync(fake, Head(FakeHttp.PathFor(FakeHttp.Key), "Transfer-Encoding: chunked\r\n"), "ZZ\r\nnot a chunk\r\n"u8.ToArray());

        Assert.StartsWith("HTTP/1.1 400", raw, StringComparison.Ordinal);
        Assert.Contains(ResponseCodes.For(ResponseKind.BadBody).ErrorCode, raw, StringComparison.Ordinal);
        await AssertStillServesAsync(fake);
    }

    [Fact]
    public async Task TruncatedUpload_ClientGone_ReceiverLivesOn()
    {
        await using var fake = await FakeHttp.StartAsync();

        await ExchangeAsync(fake, Head(FakeHttp.PathFor(FakeHttp.Key), "Content-Length: 5000\r\n"), "{\"alarmId\":"u8.ToArray(), closeEarly: true);

        await AssertStillServesAsync(fake);
        Assert.Equal(0, fake.GetStats().ByStatus[500]);
    }

    [Fact]
    public async Task ContentLengthOverLimit_Is413BeforeTheBodyArrives()
    {
        await using var fake = await FakeHttp.StartAsync();

        var raw = await ExchangeAsync(fake, Head(FakeHttp.PathFor(FakeHttp.Key), $"Content-Length: {1L << 40}\r\n"));

        Assert.StartsWith("HTTP/1.1 413", raw, StringComparison.Ordinal);
        Assert.Contains("APIGW.0201", raw, StringComparison.Ordinal);
        await AssertStillServesAsync(fake);
    }

    [Fact]
    public async Task UnknownKeyWithHugeContentLength_Is401NotTooLarge()
    {
        await using var fake = await FakeHttp.StartAsync();

        var raw = await ExchangeAsync(fake, Head(FakeHttp.PathFor("nobody"), $"Content-Length: {1L << 40}\r\n"));

        Assert.StartsWith("HTTP/1.1 401", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TricklingBody_IsCutAfterTheGracePeriodWithAnEnvelope()
    {
        await using var fake = await FakeHttp.StartAsync();
        using var socket = new TcpClient();
        await socket.ConnectAsync(fake.BaseAddress.Host, fake.BaseAddress.Port);
        var stream = socket.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(Head(FakeHttp.PathFor(FakeHttp.Key), "Content-Length: 1000\r\n") + "{"));

        // One byte every 250 ms is far under 240 B/s; Kestrel gives up after its 5 s grace period.
        var answer = new StringBuilder();
        var buffer = new byte[4096];
        for (var i = 0; i < 60 && !answer.ToString().Contains("provider_code", StringComparison.Ordinal); i++)
        {
            try
            {
                await stream.WriteAsync(" "u8.ToArray());
                using var wait = new CancellationTokenSource(TimeSpan.FromMilliseconds(250));
                var read = await stream.ReadAsync(buffer, wait.Token);
                if (read == 0)
                {
                    break;
                }

                answer.Append(Encoding.UTF8.GetString(buffer, 0, read));
            }
            catch (OperationCanceledException)
            {
            }
            catch (IOException)
            {
                break;
            }
        }

        Assert.StartsWith("HTTP/1.1 400", answer.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, fake.GetStats().ByReason["unreadableRequest"]);
        await AssertStillServesAsync(fake);
    }

    private static async Task AssertStillServesAsync(FakeReceiver fake)
    {
        using var client = FakeHttp.ClientFor(fake);
        (await FakeHttp.PostAsync(client, SpecBody.Json)).Is(ResponseKind.Success);
    }
}
