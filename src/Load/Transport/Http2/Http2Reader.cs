using System.Buffers.Binary;
using Harness.Load.Transport.Http2.Hpack;

namespace Harness.Load.Transport.Http2;

/// <summary>
/// A connection's one reader: reads what the server sends, cuts it into frames and hands each to the session,
/// decoding every header block in order (the HPACK table belongs to the connection). A protocol error from
/// the server, or the connection ending, closes the session and fails its open streams.
/// </summary>
internal sealed class Http2Reader(Http2Session session, Stream stream)
{
    // Our SETTINGS leave MAX_FRAME_SIZE at its default, so no frame is larger than this.
    private readonly byte[] _buffer = new byte[64 * 1024];
    private readonly HpackDecoder _decoder = new();
    private byte[] _block = new byte[4096];
    private int _blockLength;
    // The stream whose header block is still coming in CONTINUATION frames (0 when none), and its END_STREAM.
    private int _continuing;
    private bool _continuingEnds;

    public async Task RunAsync()
    {
        var start = 0;
        var end = 0;
        // Flushes are held back while what the server sent can be read at once (a TLS stream hands over one record per
        // read), and let go only before a read that must wait: the requests that a whole burst of answers sets off then
        // leave in one write, as h2load's loop does. Flushing after every record sent the server one small write per
        // record, and nginx spent more per request taking them in (results/benchmarks/transports.md).
        // A server that keeps the socket full would keep the flush held for as long as it sends (window updates, PING
        // acknowledgements and requests all waiting): after this many bytes read while held, the flush goes out anyway.
        const int MostHeld = 64 * 1024;
        var held = 0;
        session.Writer.Hold();
        try
        {
            while (true)
            {
                int read;
                var pending = stream.ReadAsync(_buffer.AsMemory(end));
                if (pending.IsCompleted)
                {
                    read = pending.Result;
                }
                else
                {
                    session.Writer.Release();
                    read = await pending.ConfigureAwait(false);
                    session.Writer.Hold();
                    held = 0;
                }

                if (read == 0)
                {
                    break;
                }

                end += read;
                start = Frames(start, end);
                held += read;
                if (held >= MostHeld)
                {
                    session.Writer.Release();
                    session.Writer.Hold();
                    held = 0;
                }

                if (start == end)
                {
                    start = end = 0;
                }
                else if (_buffer.Length - end < Http2Frame.HeaderLength + Http2Frame.DefaultMaxFrameSize)
                {
                    // Room for at least one whole frame after what is left.
                    _buffer.AsSpan(start, end - start).CopyTo(_buffer);
                    end -= start;
                    start = 0;
                }
            }
        }
#pragma warning disable CA1031 // Whatever ends the read (reset, TLS alert, a broken frame) ends the connection; its streams fail as values.
        catch (Exception)
#pragma warning restore CA1031
        {
        }

        session.Close(TransportFailure.Connection);
    }

    // Processes every complete frame in _buffer[start..end]; returns where the incomplete rest begins.
    private int Frames(int start, int end)
    {
        while (end - start >= Http2Frame.HeaderLength)
        {
            var header = _buffer.AsSpan(start, Http2Frame.HeaderLength);
            var length = Http2Frame.ReadLength(header);
            if (length > Http2Frame.DefaultMaxFrameSize)
            {
                throw new InvalidDataException("frame larger than SETTINGS_MAX_FRAME_SIZE");
            }

            if (end - start < Http2Frame.HeaderLength + length)
            {
                break;
            }

            Frame((FrameType)header[3], (FrameFlags)header[4], Http2Frame.ReadStreamId(header), _buffer.AsSpan(start + Http2Frame.HeaderLength, length));
            start += Http2Frame.HeaderLength + length;
        }

        return start;
    }

    private void Frame(FrameType type, FrameFlags flags, int id, ReadOnlySpan<byte> payload)
    {
        if (_continuing != 0 && (type != FrameType.Continuation || id != _continuing))
        {
            throw new InvalidDataException("header block interrupted (RFC 9113 section 6.10)");
        }

        switch (type)
        {
            case FrameType.Data:
                var data = Unpad(flags, payload);
                session.OnData(id, data, payload.Length, flags.HasFlag(FrameFlags.EndStream));
                break;
            case FrameType.Headers:
                var fragment = Unpad(flags, payload);
                if (flags.HasFlag(FrameFlags.Priority))
                {
                    fragment = fragment[5..];
                }

                HeaderFragment(id, fragment, flags.HasFlag(FrameFlags.EndHeaders), flags.HasFlag(FrameFlags.EndStream));
                break;
            case FrameType.Continuation:
                HeaderFragment(id, payload, flags.HasFlag(FrameFlags.EndHeaders), _continuingEnds);
                break;
            case FrameType.RstStream when payload.Length == 4:
                session.OnRstStream(id, (Http2ErrorCode)BinaryPrimitives.ReadUInt32BigEndian(payload));
                break;
            case FrameType.Settings when !flags.HasFlag(FrameFlags.Ack):
                if (!session.OnSettings(payload))
                {
                    throw new InvalidDataException("invalid SETTINGS");
                }

                break;
            case FrameType.Ping when !flags.HasFlag(FrameFlags.Ack) && payload.Length == 8:
                session.OnPing(payload);
                break;
            case FrameType.GoAway when payload.Length >= 8:
                session.OnGoAway(BinaryPrimitives.ReadInt32BigEndian(payload) & Http2Frame.MaxStreamId);
                break;
            case FrameType.WindowUpdate when payload.Length == 4:
                session.OnWindowUpdate(id, BinaryPrimitives.ReadInt32BigEndian(payload) & Http2Frame.MaxStreamId);
                break;
            case FrameType.PushPromise:
                throw new InvalidDataException("PUSH_PROMISE after we disabled push");
            default:
                // PRIORITY, acknowledgements, unknown types: nothing to do (section 5.5).
                break;
        }
    }

    private void HeaderFragment(int id, ReadOnlySpan<byte> fragment, bool endHeaders, bool endStream)
    {
        if (_blockLength + fragment.Length > _block.Length)
        {
            Array.Resize(ref _block, Math.Max(_blockLength + fragment.Length, _block.Length * 2));
        }

        fragment.CopyTo(_block.AsSpan(_blockLength));
        _blockLength += fragment.Length;
        if (!endHeaders)
        {
            (_continuing, _continuingEnds) = (id, endStream);
            return;
        }

        var status = _decoder.Decode(_block.AsSpan(0, _blockLength));
        _blockLength = 0;
        _continuing = 0;
        session.OnHeaders(id, status, endStream);
    }

    private static ReadOnlySpan<byte> Unpad(FrameFlags flags, ReadOnlySpan<byte> payload)
    {
        if (!flags.HasFlag(FrameFlags.Padded))
        {
            return payload;
        }

        if (payload.Length == 0 || payload[0] >= payload.Length)
        {
            throw new InvalidDataException("padding longer than the frame");
        }

        return payload[1..^payload[0]];
    }
}
