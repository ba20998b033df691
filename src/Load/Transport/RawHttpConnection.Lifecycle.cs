namespace Harness.Load.Transport;

/// <summary>How a raw connection's requests end without an answer: the watchdog's deadlines, connecting, closing.</summary>
internal sealed partial class RawHttpConnection
{
    private bool TimedOut => Volatile.Read(ref _timedOut);

    private TransportFailure Failure() =>
        _runToken.IsCancellationRequested ? TransportFailure.Cancelled
        : TimedOut ? TransportFailure.Timeout
        : TransportFailure.Connection;

    /// <summary>Called by the transport's watchdog: closes the connection when its request is overdue.</summary>
    public void CloseIfOverdue(long now)
    {
        var deadline = Volatile.Read(ref _deadline);
        if (deadline == 0 || (deadline > 0 && now <= deadline))
        {
            return;
        }

        lock (_gate)
        {
            // Claimed before closing: a request that ends meanwhile sees the claim and waits on this lock, so a close
            // never reaches the connection's next request. Not only once: a socket that a connect in progress attaches
            // after the deadline is closed at the next tick (the claim stays until the request ends).
            deadline = Volatile.Read(ref _deadline);
            if (deadline == 0 || (deadline > 0 && (now <= deadline || Interlocked.CompareExchange(ref _deadline, Claimed, deadline) != deadline)))
            {
                return;
            }

            Volatile.Write(ref _timedOut, true);
            Close();
        }
    }

    // The end of a request: one compare-exchange, unless the watchdog claimed it; then wait until its close is done.
    private void Disarm(long deadline)
    {
        if (Interlocked.CompareExchange(ref _deadline, 0, deadline) != deadline)
        {
            lock (_gate)
            {
                Volatile.Write(ref _deadline, 0);
            }
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
            // Plain HTTP sends on the socket itself, first without waiting (see SendNow); SslStream's NetworkStream
            // needs a blocking socket (its reads and writes are asynchronous all the same).
            dialed.Socket.Blocking = dialed.Tls is not null;
            _socket = dialed.Socket;
            return true;
        }
        catch (OperationCanceledException)
        {
            Volatile.Write(ref _timedOut, true);
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
