namespace Harness.Load.Transport;

/// <summary>
/// Parses HTTP/1.1 answers for one raw connection as their bytes arrive, in a buffer reused from answer to answer
/// (grown when an answer does not fit): framing by Content-Length, chunked, or the end of the connection.
/// </summary>
/// <remarks>
/// Synchronous on purpose: the connection receives into <see cref="Space"/> and hands each read to
/// <see cref="Received"/> inside its own send method, so reading an answer adds no async method of its own.
/// </remarks>
internal sealed class RawResponseReader
{
    private byte[] _buffer = new byte[16 * 1024];
    private int _filled;
    private bool _haveHead;

    /// <summary>The answer's head once <see cref="Received"/> returned true; status 0: the connection ended before a complete answer.</summary>
    public HttpResponseHead Head;

    /// <summary>The answer's body, a view of this reader's buffer valid until the next <see cref="Begin"/> (a chunked body is copied out).</summary>
    public ReadOnlyMemory<byte> Body { get; private set; }

    /// <summary>Bytes received for this answer so far (head included).</summary>
    public int Read => _filled;

    /// <summary>Room for the next receive: the buffer past what has arrived, grown when full.</summary>
    public Memory<byte> Space
    {
        get
        {
            if (_filled == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }

            return _buffer.AsMemory(_filled);
        }
    }

    /// <summary>Forgets the previous answer: the next receive starts a new one.</summary>
    public void Begin()
    {
        _filled = 0;
        _haveHead = false;
        Head = default;
        Body = default;
    }

    /// <summary>
    /// Takes <paramref name="count"/> bytes just received into <see cref="Space"/> (0: the connection ended). True when the
    /// answer is complete, or can never be (then <see cref="Head"/> has status 0); false when more must be received.
    /// </summary>
    public bool Received(int count)
    {
        if (count == 0)
        {
            // Without a length, the body runs to the end of the connection.
            if (_haveHead && Head is { ContentLength: < 0, Chunked: false })
            {
                Head = Head with { Close = true };
                Body = _buffer.AsMemory(Head.HeadLength, _filled - Head.HeadLength);
            }
            else
            {
                Head = default;
            }

            return true;
        }

        _filled += count;
        if (!_haveHead)
        {
            if (!HttpResponseHead.TryParse(_buffer.AsSpan(0, _filled), out Head, out var malformed))
            {
                return Failed(malformed);
            }

            _haveHead = true;
            if (Head.Status is 204 or 304 || (Head.Status >= 100 && Head.Status < 200))
            {
                return true;
            }
        }

        var bodyBytes = _buffer.AsMemory(Head.HeadLength, _filled - Head.HeadLength);
        if (Head.Chunked)
        {
            if (ChunkedBody.TryFindEnd(bodyBytes.Span, out _, out var payloadLength, out var malformedChunk))
            {
                var payload = new byte[payloadLength];
                ChunkedBody.CopyPayload(bodyBytes.Span, payload);
                Body = payload;
                return true;
            }

            return Failed(malformedChunk);
        }

        if (Head.ContentLength < 0)
        {
            return false;
        }

        if (bodyBytes.Length >= Head.ContentLength)
        {
            Body = bodyBytes[..(int)Head.ContentLength];
            return true;
        }

        if (Head.HeadLength + Head.ContentLength > _buffer.Length)
        {
            Array.Resize(ref _buffer, (int)(Head.HeadLength + Head.ContentLength));
        }

        return false;
    }

    // A malformed answer ends the read with status 0 (the connection is then closed); otherwise read on.
    private bool Failed(bool malformed)
    {
        if (malformed)
        {
            Head = default;
        }

        return malformed;
    }
}
