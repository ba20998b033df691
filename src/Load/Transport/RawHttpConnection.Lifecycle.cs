namespace Harness.Load.Transport;

/// <summary>How a raw connection's requests end without an answer: the watchdog's deadlines, connecting, closing.</summary>
internal sealed partial class RawHttpConnection
{
    private bool TimedOut
    {
        get
        {
            lock (_gate)
            {
                return _timedOut;
            }
        }
    }

    private TransportFailure Failure() =>
        _runToken.IsCancellationRequested ? TransportFailure.Cancelled
        : TimedOut ? TransportFailure.Timeout
        : TransportFailure.Connection;

    /// <summary>Called by the transport's watchdog: closes the connection when its request is overdue.</summary>
    public void CloseIfOverdue(long now)
    {
        lock (_gate)
        {
            // Not only once: a socket that a connect in progress attaches after the deadline is closed at the next tick.
            if (_deadline == 0 || now <= _deadline)
            {
                return;
            }

            _timedOut = true;
            Close();
        }
    }

    /// <summary>Connects now unless connected (before the run's clock starts; nothing is sent). False when it could not.</summary>
    public ValueTask<bool> OpenAsync(long until) => _socket is not null ? ValueTask.FromResult(true) : ConnectAsync(until);

    private async ValueTask<bool> ConnectAsync(long until)
    {
        // Connecting is rare (once per connection, or after a failure), so a timer of its own is fine here.
        var left = _clock.GetElapsedTime(_clock.GetTimestamp(), until);
        using var deadline = new CancellationTokenSource(left > TimeSpan.Zero ? left : TimeSpan.FromTicks(1), _clock);
        try
        {
            // A handshake that fails here (the pre-flight made the same one) is a connection error of this request.
            if (await TransportDialer.DialAsync(_addresses, _port, _tlsOptions, deadline.Token).ConfigureAwait(false) is not { } dialed)
            {
                return false;
            }

            _tls = dialed.Tls;
            _socket = dialed.Socket;
            return true;
        }
        catch (OperationCanceledException)
        {
            lock (_gate)
            {
                _timedOut = true;
            }

            return false;
        }
    }

    private void Close()
    {
        Interlocked.Exchange(ref _tls, null)?.Dispose();
        Interlocked.Exchange(ref _socket, null)?.Dispose();
    }

    public void Dispose()
    {
        _onRunCancelled.Dispose();
        Close();
    }
}
