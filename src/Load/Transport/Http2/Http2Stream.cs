using System.Threading.Tasks.Sources;
using Harness.Contract.Envelopes;
using Harness.Load.Payloads;

namespace Harness.Load.Transport.Http2;

/// <summary>
/// One stream slot of a connection, made once and reused request after request: the request's state on the
/// wire (id, windows, body sent), the answer as it arrives, and the awaitable its sender waits on. Its fields
/// change under the owning session's lock; whoever takes it out of the session's stream table completes it,
/// so it completes exactly once per request.
/// </summary>
internal sealed class Http2Stream(Http2Connection connection) : IValueTaskSource<TransportResponse>
{
    // Enough for any envelope; a larger answer is counted in full but only this much is kept to read error_code from.
    private const int MaxKept = 1 << 20;

    // Continuations run on the thread that completes the stream (the connection's reader), so the next request of
    // a closed-loop user is queued in the same batch of writes as the answers just read.
    private ManualResetValueTaskSourceCore<TransportResponse> _core;
    private byte[] _answer = new byte[2048];
    private int _kept;

    public Http2Connection Connection { get; } = connection;

    public int Id { get; private set; }

    public long Deadline { get; private set; }

    public long SentAt { get; set; }

    public int Status { get; set; }

    public ReadOnlyMemory<byte> Body { get; private set; }

    /// <summary>Body bytes already framed as DATA.</summary>
    public int BodySent { get; set; }

    public long SendWindow { get; set; }

    /// <summary>Waiting in the session's list for send window.</summary>
    public bool Blocked { get; set; }

    /// <summary>DATA received since our last WINDOW_UPDATE for this stream.</summary>
    public int Unacknowledged { get; set; }

    public int BytesIn { get; private set; }

    /// <summary>The server refused the stream unprocessed (GOAWAY above its last id, or REFUSED_STREAM): safe to send again.</summary>
    public bool Refused { get; private set; }

    public ValueTask<TransportResponse> Answer => new(this, _core.Version);

    /// <summary>Takes a new request (the previous answer has been read by its sender).</summary>
    public void Begin(int id, PreparedRequest request, long deadline, long sendWindow)
    {
        _core.Reset();
        Id = id;
        Deadline = deadline;
        Body = request.Payload.Body;
        BodySent = 0;
        SendWindow = sendWindow;
        Blocked = false;
        Unacknowledged = 0;
        Status = 0;
        BytesIn = 0;
        _kept = 0;
        Refused = false;
    }

    public void Append(ReadOnlySpan<byte> data)
    {
        BytesIn += data.Length;
        var room = Math.Min(data.Length, MaxKept - _kept);
        if (room <= 0)
        {
            return;
        }

        if (_kept + room > _answer.Length)
        {
            Array.Resize(ref _answer, Math.Min(MaxKept, Math.Max(_kept + room, _answer.Length * 2)));
        }

        data[..room].CopyTo(_answer.AsSpan(_kept));
        _kept += room;
    }

    /// <summary>Completes with the answer read (call only after taking the stream out of its session's table).</summary>
    public void Succeed(long completedAt)
    {
        EnvelopeJson.TryReadErrorCode(_answer.AsSpan(0, _kept), out var errorCode);
        _core.SetResult(new TransportResponse(TransportFailure.None, Status, errorCode, Body.Length, BytesIn, SentAt, completedAt));
    }

    /// <summary>Completes without an answer (call only after taking the stream out of its session's table).</summary>
    public void Fail(TransportFailure failure, long completedAt, bool refused = false)
    {
        Refused = refused;
        _core.SetResult(TransportResponse.Failed(failure, Body.Length, 0, SentAt, completedAt));
    }

    public TransportResponse GetResult(short token) => _core.GetResult(token);

    public ValueTaskSourceStatus GetStatus(short token) => _core.GetStatus(token);

    public void OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        _core.OnCompleted(continuation, state, token, flags);
}
