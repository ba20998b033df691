using System.Net;
using System.Net.Sockets;
using Harness.Contract.Envelopes;
using Harness.Load.Payloads;

namespace Harness.Load.Transport;

/// <summary>
/// One keep-alive HTTP/1.1 connection: writes a prepared request, reads the answer into a reused
/// buffer, and probes the envelope's error_code. One request at a time (no pipelining).
/// </summary>
internal sealed class RawHttpConnection : IDisposable
{
    private readonly IPAddress[] _addresses;
    private readonly int _port;
    private readonly TimeSpan _timeout;
    private readonly TimeProvider _clock;
    private readonly CancellationToken _runToken;
    private readonly CancellationTokenRegistration _onRunCancelled;
    private CancellationTokenSource _deadline;
    private Socket? _socket;
    private byte[] _buffer = new byte[16 * 1024];

    public RawHttpConnection(IPAddress[] addresses, int port, TimeSpan timeout, TimeProvider clock, CancellationToken runToken)
    {
        _addresses = addresses;
        _port = port;
        _timeout = timeout;
        _clock = clock;
        _runToken = runToken;
        _deadline = new CancellationTokenSource(Timeout.InfiniteTimeSpan, clock);
        // Ctrl+C must not wait for a slow answer: closing the socket ends the pending read at once.
        _onRunCancelled = runToken.Register(static state => ((RawHttpConnection)state!).Close(), this);
    }

    public async ValueTask<TransportResponse> SendAsync(PreparedRequest request)
    {
        var sentAt = _clock.GetTimestamp();
        _deadline.CancelAfter(_timeout);
        var retried = false;
        while (true)
        {
            var reused = _socket is not null;
            int bytesIn = 0, bytesOut = 0;
            try
            {
                if (_socket is null && !await ConnectAsync(_deadline.Token).ConfigureAwait(false))
                {
                    return Finish(TransportResponse.Failed(Failure(), 0, 0, sentAt, _clock.GetTimestamp()));
                }

                // Read once: a Ctrl+C may close the connection (and clear the field) at any moment.
                var socket = _socket ?? throw new ObjectDisposedException(nameof(RawHttpConnection));
                await SendAllAsync(socket, request.Wire, _deadline.Token).ConfigureAwait(false);
                bytesOut = request.Wire.Length;
                var (head, body, read) = await ReadResponseAsync(socket, _deadline.Token).ConfigureAwait(false);
                bytesIn = read;
                if (head.Status == 0)
                {
                    // The server closed a kept-alive connection before answering: retry once on a new one.
                    Close();
                    if (reused && read == 0 && !retried && !_runToken.IsCancellationRequested)
                    {
                        retried = true;
                        continue;
                    }

                    return Finish(TransportResponse.Failed(Failure(), bytesOut, bytesIn, sentAt, _clock.GetTimestamp()));
                }

                var completedAt = _clock.GetTimestamp();
                EnvelopeJson.TryReadErrorCode(body.Span, out var errorCode);
                if (head.Close)
                {
                    Close();
                }

                return Finish(new TransportResponse(TransportFailure.None, head.Status, errorCode, bytesOut, bytesIn, sentAt, completedAt));
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException or IOException)
            {
                Close();
                if (reused && bytesIn == 0 && !retried && ex is SocketException && !_runToken.IsCancellationRequested)
                {
                    retried = true;
                    continue;
                }

                return Finish(TransportResponse.Failed(Failure(), bytesOut, bytesIn, sentAt, _clock.GetTimestamp()));
            }
        }
    }

    private TransportFailure Failure() =>
        _runToken.IsCancellationRequested ? TransportFailure.Cancelled
        : _deadline.IsCancellationRequested ? TransportFailure.Timeout
        : TransportFailure.Connection;

    private TransportResponse Finish(TransportResponse response)
    {
        if (!_deadline.TryReset())
        {
            _deadline.Dispose();
            _deadline = new CancellationTokenSource(Timeout.InfiniteTimeSpan, _clock);
        }

        return response;
    }

    private async ValueTask<bool> ConnectAsync(CancellationToken token)
    {
        foreach (var address in _addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, _port), token).ConfigureAwait(false);
                _socket = socket;
                return true;
            }
            catch (SocketException)
            {
                socket.Dispose();
            }
            catch (OperationCanceledException)
            {
                socket.Dispose();
                return false;
            }
        }

        return false;
    }

    private static async ValueTask SendAllAsync(Socket socket, ReadOnlyMemory<byte> bytes, CancellationToken token)
    {
        while (!bytes.IsEmpty)
        {
            var sent = await socket.SendAsync(bytes, SocketFlags.None, token).ConfigureAwait(false);
            bytes = bytes[sent..];
        }
    }

    // Returns Status 0 in the head when the connection ended before a complete answer.
    private async ValueTask<(HttpResponseHead Head, ReadOnlyMemory<byte> Body, int Read)> ReadResponseAsync(Socket socket, CancellationToken token)
    {
        var filled = 0;
        HttpResponseHead head = default;
        var haveHead = false;
        while (true)
        {
            if (filled == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }

            var n = await socket.ReceiveAsync(_buffer.AsMemory(filled), SocketFlags.None, token).ConfigureAwait(false);
            if (n == 0)
            {
                // Without a length, the body runs to the end of the connection.
                return haveHead && head is { ContentLength: < 0, Chunked: false }
                    ? (head with { Close = true }, _buffer.AsMemory(head.HeadLength, filled - head.HeadLength), filled)
                    : (default, default, filled);
            }

            filled += n;
            if (!haveHead)
            {
                if (!HttpResponseHead.TryParse(_buffer.AsSpan(0, filled), out head, out var malformed))
                {
                    if (malformed)
                    {
                        return (default, default, filled);
                    }

                    continue;
                }

                haveHead = true;
                if (head.Status is 204 or 304 || (head.Status >= 100 && head.Status < 200))
                {
                    return (head, default, filled);
                }
            }

            var bodyBytes = _buffer.AsMemory(head.HeadLength, filled - head.HeadLength);
            if (head.Chunked)
            {
                if (ChunkedBody.TryFindEnd(bodyBytes.Span, out _, out var payloadLength, out var malformedChunk))
                {
                    var payload = new byte[payloadLength];
                    ChunkedBody.CopyPayload(bodyBytes.Span, payload);
                    return (head, payload, filled);
                }

                if (malformedChunk)
                {
                    return (default, default, filled);
                }
            }
            else if (head.ContentLength >= 0)
            {
                if (bodyBytes.Length >= head.ContentLength)
                {
                    return (head, bodyBytes[..(int)head.ContentLength], filled);
                }

                if (head.HeadLength + head.ContentLength > _buffer.Length)
                {
                    Array.Resize(ref _buffer, (int)(head.HeadLength + head.ContentLength));
                }
            }
        }
    }

    private void Close() => Interlocked.Exchange(ref _socket, null)?.Dispose();

    public void Dispose()
    {
        _onRunCancelled.Dispose();
        Close();
        _deadline.Dispose();
    }
}
