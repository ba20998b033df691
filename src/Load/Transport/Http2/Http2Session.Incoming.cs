namespace Harness.Load.Transport.Http2;

/// <summary>What the server sends, applied to the session (called by its <see cref="Http2Reader"/>, one frame at a time).</summary>
internal sealed partial class Http2Session
{
    private readonly TaskCompletionSource _settled = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the server's first SETTINGS has been applied (its limits are known).</summary>
    public Task Settled => _settled.Task;

    /// <summary>A complete response header block's outcome for <paramref name="id"/> (already decoded: the table is the connection's).</summary>
    public void OnHeaders(int id, int status, bool endStream)
    {
        Http2Stream? done = null;
        lock (_gate)
        {
            if (!_streams.TryGetValue(id, out var slot))
            {
                return;
            }

            // 1xx answers are interim; trailers (no :status) leave the final status as it was.
            if (status >= 200 && slot.Status == 0)
            {
                slot.Status = status;
            }

            if (endStream)
            {
                done = Take(id);
            }
        }

        Finish(done);
    }

    public void OnData(int id, ReadOnlySpan<byte> data, int frameLength, bool endStream)
    {
        Http2Stream? done = null;
        lock (_gate)
        {
            // Flow control counts the whole frame, padding included, whether or not anyone waits for it.
            _received += frameLength;
            if (_received >= OurConnectionWindow / 4)
            {
                Writer.WindowUpdate(0, _received);
                _received = 0;
            }

            if (!_streams.TryGetValue(id, out var slot))
            {
                return;
            }

            slot.Append(data);
            slot.Unacknowledged += frameLength;
            if (endStream)
            {
                done = Take(id);
            }
            else if (slot.Unacknowledged >= OurStreamWindow / 2)
            {
                Writer.WindowUpdate(id, slot.Unacknowledged);
                slot.Unacknowledged = 0;
            }
        }

        Finish(done);
    }

    public void OnRstStream(int id, Http2ErrorCode errorCode)
    {
        Http2Stream? slot;
        lock (_gate)
        {
            slot = Take(id);
        }

        slot?.Fail(TransportFailure.Connection, _clock.GetTimestamp(), refused: errorCode == Http2ErrorCode.RefusedStream);
        // A retiring connection whose last stream the server reset closes now, as after any other last stream.
        RetireIfIdle();
    }

    /// <summary>Applies the server's SETTINGS and acknowledges them; false when they are invalid.</summary>
    public bool OnSettings(ReadOnlySpan<byte> payload)
    {
        lock (_gate)
        {
            if (Peer.Apply(payload, out _) is not { } delta)
            {
                return false;
            }

            foreach (var slot in _streams.Values)
            {
                slot.SendWindow += delta;
            }

            Writer.Frame(FrameType.Settings, FrameFlags.Ack, 0, default);
            ResumeBlocked();
        }

        _settled.TrySetResult();
        return true;
    }

    public void OnPing(ReadOnlySpan<byte> payload)
    {
        lock (_gate)
        {
            Writer.Frame(FrameType.Ping, FrameFlags.Ack, 0, payload);
        }
    }

    public void OnWindowUpdate(int id, int increment)
    {
        lock (_gate)
        {
            if (id == 0)
            {
                _sendWindow += increment;
            }
            else if (_streams.TryGetValue(id, out var slot))
            {
                slot.SendWindow += increment;
            }

            ResumeBlocked();
        }
    }

    /// <summary>
    /// The server is going away: streams above <paramref name="lastId"/> were never processed and are handed back
    /// to be sent again on a new connection; those at or below it finish here, then the connection closes.
    /// </summary>
    public void OnGoAway(int lastId)
    {
        List<Http2Stream> refused = [];
        bool idle;
        lock (_gate)
        {
            if (_state == SessionState.Open)
            {
                _state = SessionState.Retiring;
            }

            foreach (var id in _streams.Keys.Where(id => id > lastId).ToArray())
            {
                refused.Add(Take(id)!);
            }

            idle = _streams.Count == 0;
        }

        var now = _clock.GetTimestamp();
        foreach (var slot in refused)
        {
            slot.Fail(TransportFailure.Connection, now, refused: true);
        }

        if (idle)
        {
            Close(TransportFailure.Connection);
        }
    }
}
