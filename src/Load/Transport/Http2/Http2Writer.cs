using System.Buffers.Binary;

namespace Harness.Load.Transport.Http2;

/// <summary>
/// A connection's outgoing frames, batched: senders append frames to a buffer under the session's lock, and one
/// flush at a time writes everything gathered so far in a single write (one TLS record run for many requests).
/// While the reader is working through what it read, it holds the flush back and flushes once afterwards, so
/// the requests that answers set off leave together.
/// </summary>
internal sealed class Http2Writer(Lock gate, Stream stream, Action<Exception> onFailure)
{
    private byte[] _pending = new byte[16_384];
    private byte[] _writing = new byte[16_384];
    private int _length;
    private bool _flushing;
    private bool _held;

    /// <summary>Room for <paramref name="count"/> bytes at the end of the buffer (the caller holds the lock).</summary>
    public Span<byte> Reserve(int count)
    {
        if (_length + count > _pending.Length)
        {
            Array.Resize(ref _pending, Math.Max(_length + count, _pending.Length * 2));
        }

        var span = _pending.AsSpan(_length, count);
        _length += count;
        return span;
    }

    /// <summary>Gives back the unused end of the last <see cref="Reserve"/>.</summary>
    public void Unreserve(int count) => _length -= count;

    public void Frame(FrameType type, FrameFlags flags, int streamId, ReadOnlySpan<byte> payload)
    {
        var span = Reserve(Http2Frame.HeaderLength + payload.Length);
        Http2Frame.WriteHeader(span, payload.Length, type, flags, streamId);
        payload.CopyTo(span[Http2Frame.HeaderLength..]);
    }

    public void WindowUpdate(int streamId, int increment)
    {
        Span<byte> payload = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(payload, increment);
        Frame(FrameType.WindowUpdate, FrameFlags.None, streamId, payload);
    }

    public void RstStream(int streamId, Http2ErrorCode errorCode)
    {
        Span<byte> payload = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(payload, (uint)errorCode);
        Frame(FrameType.RstStream, FrameFlags.None, streamId, payload);
    }

    /// <summary>Holds flushes back (the reader, while it processes a read; the caller does not hold the lock).</summary>
    public void Hold()
    {
        lock (gate)
        {
            _held = true;
        }
    }

    /// <summary>Ends <see cref="Hold"/> and flushes what was gathered meanwhile.</summary>
    public void Release()
    {
        bool start;
        lock (gate)
        {
            _held = false;
            start = ClaimFlush();
        }

        if (start)
        {
            _ = FlushAsync();
        }
    }

    /// <summary>Starts a flush unless one is running or held back (the caller does not hold the lock).</summary>
    public void Flush()
    {
        bool start;
        lock (gate)
        {
            start = ClaimFlush();
        }

        if (start)
        {
            _ = FlushAsync();
        }
    }

    private bool ClaimFlush()
    {
        if (_held || _flushing || _length == 0)
        {
            return false;
        }

        _flushing = true;
        return true;
    }

    // Runs until the buffer is empty; appends made during a write go out with the next one.
    private async Task FlushAsync()
    {
        try
        {
            while (true)
            {
                int length;
                lock (gate)
                {
                    if (_length == 0)
                    {
                        _flushing = false;
                        return;
                    }

                    (_pending, _writing) = (_writing, _pending);
                    length = _length;
                    _length = 0;
                }

                await stream.WriteAsync(_writing.AsMemory(0, length)).ConfigureAwait(false);
            }
        }
#pragma warning disable CA1031 // Any write failure ends the connection; its streams fail as values, never as exceptions.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            lock (gate)
            {
                _flushing = false;
                _length = 0;
            }

            onFailure(ex);
        }
    }
}
