using System.Net.Security;
using System.Net.Sockets;
using System.Runtime.CompilerServices;

namespace Harness.Load.Transport;

/// <summary>
/// Reads HTTP/1.1 answers for one raw connection into a buffer reused from answer to answer (grown when an
/// answer does not fit): framing by Content-Length, chunked, or the end of the connection.
/// </summary>
internal sealed class RawResponseReader
{
    private byte[] _buffer = new byte[16 * 1024];

    /// <summary>
    /// Reads one answer from the socket (or the TLS stream over it). The body is a view of this reader's buffer,
    /// valid until the next read. Status 0 in the head: the connection ended before a complete answer.
    /// </summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<(HttpResponseHead Head, ReadOnlyMemory<byte> Body, int Read)> ReadAsync(Socket socket, SslStream? tls)
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

            var n = tls is null
                ? await socket.ReceiveAsync(_buffer.AsMemory(filled), SocketFlags.None).ConfigureAwait(false)
                : await tls.ReadAsync(_buffer.AsMemory(filled)).ConfigureAwait(false);
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
}
