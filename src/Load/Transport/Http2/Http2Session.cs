using System.Buffers.Binary;
using Harness.Load.Payloads;

namespace Harness.Load.Transport.Http2;

/// <summary>
/// One HTTP/2 connection (TCP, or TLS with ALPN h2) and the streams open on it: opens streams (odd ids, in
/// order), sends bodies as the send windows allow, and completes streams as <see cref="Http2Reader"/> hands it
/// frames. A GOAWAY, or stream ids running out, retires it: its open streams finish and the next request
/// opens a new connection.
/// </summary>
internal sealed partial class Http2Session
{
    // We ask for 1 MiB per stream and 16 MiB per connection, and give the server window back as we consume.
    public const int OurStreamWindow = 1 << 20;
    public const int OurConnectionWindow = 1 << 24;

    private readonly Lock _gate = new();
    private readonly Dictionary<int, Http2Stream> _streams = [];
    private readonly List<Http2Stream> _blocked = [];
    private readonly Stream _stream;
    private readonly TimeProvider _clock;
    private readonly Action<Http2Session> _onClosed;
    private int _nextId = 1;
    private long _sendWindow = Http2Frame.DefaultWindow;
    private int _received;
    // Written under the lock; read without it where a stale answer is only advice (IsOpen, RetireIfIdle).
    private volatile SessionState _state;

    public Http2Session(Stream stream, TimeProvider clock, Action<Http2Session> onClosed)
    {
        _stream = stream;
        _clock = clock;
        _onClosed = onClosed;
        Writer = new Http2Writer(_gate, stream, ex => Close(TransportFailure.Connection));
    }

    private enum SessionState
    {
        Open,
        Retiring,
        Closed,
    }

    public Http2Writer Writer { get; }

    public PeerSettings Peer { get; } = new();

    /// <summary>Whether new streams may open here (not retired by a GOAWAY or exhausted ids, not closed).</summary>
    /// <remarks>Without the lock (every request asks): <see cref="Start"/> checks again under it.</remarks>
    public bool IsOpen => _state == SessionState.Open;

    /// <summary>Queues the preface, our SETTINGS and the connection window (flushed with the first request, or at once).</summary>
    public void SendPreface()
    {
        lock (_gate)
        {
            Http2Frame.Preface.CopyTo(Writer.Reserve(Http2Frame.Preface.Length));
            Span<byte> settings = stackalloc byte[12];
            Setting(settings, SettingId.EnablePush, 0);
            Setting(settings[6..], SettingId.InitialWindowSize, OurStreamWindow);
            Writer.Frame(FrameType.Settings, FrameFlags.None, 0, settings);
            Writer.WindowUpdate(0, OurConnectionWindow - Http2Frame.DefaultWindow);
        }

        Writer.Flush();
    }

    /// <summary>
    /// Opens a stream for <paramref name="request"/> on <paramref name="slot"/>: HEADERS (with END_STREAM when there
    /// is no body) and as much of the body as the windows allow, queued in one go. False when the session takes no
    /// new streams (the caller opens another connection).
    /// </summary>
    public bool Start(Http2Stream slot, PreparedRequest request, Http2RequestHead head, long deadline)
    {
        lock (_gate)
        {
            if (_state != SessionState.Open)
            {
                return false;
            }

            var id = _nextId;
            if (id >= Http2Frame.MaxStreamId - 2)
            {
                // Ids are spent: this connection finishes what it has and a new one takes over.
                _state = SessionState.Retiring;
                _ = Task.Run(RetireIfIdle);
                return false;
            }

            _nextId += 2;
            slot.Begin(id, request, deadline, Peer.InitialWindowSize);
            _streams.Add(id, slot);
            WriteHeaders(slot, head);
            slot.SentAt = _clock.GetTimestamp();
            SendBody(slot);
        }

        Writer.Flush();
        return true;
    }

    private void WriteHeaders(Http2Stream slot, Http2RequestHead head)
    {
        var flags = FrameFlags.EndHeaders | (slot.Body.IsEmpty ? FrameFlags.EndStream : FrameFlags.None);
        var most = head.MaxLength;
        if (most <= Peer.MaxFrameSize)
        {
            var span = Writer.Reserve(Http2Frame.HeaderLength + most);
            var length = head.Write(span[Http2Frame.HeaderLength..], slot.Body.Length);
            Http2Frame.WriteHeader(span, length, FrameType.Headers, flags, slot.Id);
            Writer.Unreserve(most - length);
            return;
        }

        // A block larger than a frame (many or long user headers): HEADERS, then CONTINUATION frames.
        var block = new byte[most];
        var remaining = block.AsSpan(0, head.Write(block, slot.Body.Length));
        var type = FrameType.Headers;
        var endStream = flags & FrameFlags.EndStream;
        while (true)
        {
            var piece = remaining[..Math.Min(remaining.Length, Peer.MaxFrameSize)];
            remaining = remaining[piece.Length..];
            var last = remaining.IsEmpty ? FrameFlags.EndHeaders : FrameFlags.None;
            Writer.Frame(type, last | (type == FrameType.Headers ? endStream : FrameFlags.None), slot.Id, piece);
            if (remaining.IsEmpty)
            {
                return;
            }

            type = FrameType.Continuation;
        }
    }

    // Frames as much of the body as the connection and stream windows allow; the rest waits for WINDOW_UPDATE
    // in the blocked list (where the slot stays until its body is out).
    private void SendBody(Http2Stream slot)
    {
        while (slot.BodySent < slot.Body.Length)
        {
            var left = slot.Body.Length - slot.BodySent;
            var size = (int)Math.Min(Math.Min(left, Peer.MaxFrameSize), Math.Min(_sendWindow, slot.SendWindow));
            if (size <= 0)
            {
                if (!slot.Blocked)
                {
                    slot.Blocked = true;
                    _blocked.Add(slot);
                }

                return;
            }

            var end = size == left ? FrameFlags.EndStream : FrameFlags.None;
            Writer.Frame(FrameType.Data, end, slot.Id, slot.Body.Span.Slice(slot.BodySent, size));
            slot.BodySent += size;
            _sendWindow -= size;
            slot.SendWindow -= size;
        }
    }

    // After a window grew: bodies that were waiting go on, oldest first.
    private void ResumeBlocked()
    {
        for (var i = 0; i < _blocked.Count && _sendWindow > 0;)
        {
            var slot = _blocked[i];
            if (!_streams.TryGetValue(slot.Id, out var current) || current != slot)
            {
                _blocked.RemoveAt(i);
                continue;
            }

            SendBody(slot);
            if (slot.BodySent < slot.Body.Length)
            {
                i++;
            }
            else
            {
                slot.Blocked = false;
                _blocked.RemoveAt(i);
            }
        }
    }

    private static void Setting(Span<byte> destination, SettingId id, uint value)
    {
        BinaryPrimitives.WriteUInt16BigEndian(destination, (ushort)id);
        BinaryPrimitives.WriteUInt32BigEndian(destination[2..], value);
    }
}
