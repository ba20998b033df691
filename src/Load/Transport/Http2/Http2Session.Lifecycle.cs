namespace Harness.Load.Transport.Http2;

/// <summary>How streams and the session end: deadlines, completion, retirement and closing.</summary>
internal sealed partial class Http2Session
{
    /// <summary>Ends streams past their deadline (RST_STREAM CANCEL to the server); called by the transport's watchdog.</summary>
    public void CancelOverdue(long now)
    {
        List<Http2Stream>? overdue = null;
        lock (_gate)
        {
            foreach (var (id, slot) in _streams)
            {
                if (now > slot.Deadline)
                {
                    (overdue ??= []).Add(slot);
                }
            }

            foreach (var slot in overdue ?? [])
            {
                Take(slot.Id);
                Writer.RstStream(slot.Id, Http2ErrorCode.Cancel);
            }
        }

        if (overdue is null)
        {
            return;
        }

        Writer.Flush();
        foreach (var slot in overdue)
        {
            slot.Fail(TransportFailure.Timeout, now);
        }

        RetireIfIdle();
    }

    /// <summary>Ends the connection and every stream on it with <paramref name="failure"/>; safe to call more than once.</summary>
    public void Close(TransportFailure failure)
    {
        Http2Stream[] open;
        lock (_gate)
        {
            if (_state == SessionState.Closed)
            {
                return;
            }

            _state = SessionState.Closed;
            open = [.. _streams.Values];
            _streams.Clear();
            _blocked.Clear();
        }

        _settled.TrySetResult();
        _stream.Dispose();
        _onClosed(this);
        var now = _clock.GetTimestamp();
        foreach (var slot in open)
        {
            slot.Fail(failure, now);
        }
    }

    // Takes a stream out of the table (the caller holds the lock); whoever takes it completes it.
    private Http2Stream? Take(int id)
    {
        if (!_streams.Remove(id, out var slot))
        {
            return null;
        }

        if (slot.Blocked)
        {
            _blocked.Remove(slot);
            slot.Blocked = false;
        }

        return slot;
    }

    private void Finish(Http2Stream? done)
    {
        if (done is null)
        {
            return;
        }

        var now = _clock.GetTimestamp();
        if (done.Status == 0)
        {
            // A stream that ended without a final status is malformed (RFC 9113 section 8.1.1).
            done.Fail(TransportFailure.Connection, now);
        }
        else
        {
            done.Succeed(now);
        }

        RetireIfIdle();
    }

    // A retired connection closes once its last stream is done.
    private void RetireIfIdle()
    {
        // Every finished stream asks; only a retiring session needs the lock. A session that starts retiring after
        // this read closes itself (GOAWAY checks for idle, running out of ids runs this again).
        if (_state != SessionState.Retiring)
        {
            return;
        }

        bool close;
        lock (_gate)
        {
            close = _state == SessionState.Retiring && _streams.Count == 0;
        }

        if (close)
        {
            Close(TransportFailure.Connection);
        }
    }
}
