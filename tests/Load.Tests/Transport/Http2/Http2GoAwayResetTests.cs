using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using Harness.Load.Payloads;
using Harness.Load.Tests.Support;
using Harness.Load.Transport;

namespace Harness.Load.Tests.Transport.Http2;

/// <summary>
/// A server written frame by frame (h2c on loopback) that says GOAWAY and then resets the last stream it kept: the
/// connection, retiring and now idle, must be closed by the client, not left open until the run ends.
/// </summary>
public sealed class Http2GoAwayResetTests
{
    private const byte Headers = 0x1, RstStream = 0x3, Settings = 0x4, GoAway = 0x7;

    [Fact]
    public async Task SendAsync_GoAwayThenLastStreamReset_FailsTheRequestAndClosesTheConnection()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var target = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");
        var server = ServeAsync(listener);
        await using var transport = await Http2Nginx.TransportAsync(target, tls: null, connections: 1, streams: 1);
        var request = PreparedRequest.Prepare(Plans.Valid, Harness.Contract.Targets.TargetEndpoint.RouteFor(target, Http2Nginx.Key), token: null);
        var deadline = TimeProvider.System.GetTimestamp() + (5 * TimeProvider.System.TimestampFrequency);

        var answer = await transport.SendAsync(request, deadline);

        Assert.Equal(TransportFailure.Connection, answer.Failure);
        // The server reads on after its reset: it sees the client close, well before the transport is disposed.
        Assert.True(await server.WaitAsync(TimeSpan.FromSeconds(10)), "the client never closed the retired connection");
    }

    // Serves one connection: SETTINGS, waits for stream 1's HEADERS, GOAWAY (last id 1), RST_STREAM(1); then true
    // when the client closes the connection within 3 s, false when it is still open.
    private static async Task<bool> ServeAsync(TcpListener listener)
    {
        using var client = await listener.AcceptTcpClientAsync();
        var stream = client.GetStream();
        await stream.WriteAsync(Frame(Settings, 0, []));
        await ReadExactlyAsync(stream, 24); // the client's preface
        while (true)
        {
            var head = await ReadExactlyAsync(stream, 9);
            var length = (head[0] << 16) | (head[1] << 8) | head[2];
            await ReadExactlyAsync(stream, length);
            if (head[3] == Headers && BinaryPrimitives.ReadInt32BigEndian(head.AsSpan(5)) == 1)
            {
                break;
            }
        }

        var goAway = new byte[8];
        BinaryPrimitives.WriteInt32BigEndian(goAway, 1);
        await stream.WriteAsync(Frame(GoAway, 0, goAway));
        var internalError = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(internalError, 2);
        await stream.WriteAsync(Frame(RstStream, 1, internalError));

        using var open = new CancellationTokenSource(TimeSpan.FromSeconds(3));
        var buffer = new byte[16384];
        try
        {
            while (await stream.ReadAsync(buffer, open.Token) > 0)
            {
                // The rest of the body, window updates and the like: read on until the client closes.
            }

            return true;
        }
        catch (IOException)
        {
            return true; // closed with a reset
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static byte[] Frame(byte type, int streamId, byte[] payload)
    {
        var frame = new byte[9 + payload.Length];
        frame[0] = (byte)(payload.Length >> 16);
        frame[1] = (byte)(payload.Length >> 8);
        frame[2] = (byte)payload.Length;
        frame[3] = type;
        BinaryPrimitives.WriteInt32BigEndian(frame.AsSpan(5), streamId);
        payload.CopyTo(frame, 9);
        return frame;
    }

    private static async Task<byte[]> ReadExactlyAsync(NetworkStream stream, int count)
    {
        var bytes = new byte[count];
        await stream.ReadExactlyAsync(bytes);
        return bytes;
    }
}
