using System.Collections.Concurrent;
using System.Net;
using System.Net.Security;
using System.Runtime.CompilerServices;
using Harness.Load.Payloads;

namespace Harness.Load.Transport.Http2;

/// <summary>
/// One of the run's HTTP/2 connections, kept open: its current session (TCP, TLS with ALPN h2 or cleartext with
/// prior knowledge), replaced by a new one when the server sends GOAWAY, the connection breaks, or stream ids run
/// out. Requests wait here only for a connect; a request the server refused unprocessed is sent once more.
/// </summary>
internal sealed class Http2Connection : IDisposable
{
    private readonly IPAddress[] _addresses;
    private readonly int _port;
    private readonly SslClientAuthenticationOptions? _tls;
    private readonly TimeProvider _clock;
    private readonly CancellationToken _runToken;
    private readonly ConcurrentQueue<Http2Stream> _free;
    private readonly Lock _gate = new();
    private readonly HashSet<Http2Session> _live = [];
    private Http2Session? _session;
    private Task<Http2Session?>? _connecting;
    private bool _disposed;

    /// <summary>A connection to one of <paramref name="addresses"/>; <paramref name="free"/> holds the transport's free stream slots, where a slot goes back once its request is done.</summary>
    public Http2Connection(IPAddress[] addresses, int port, SslClientAuthenticationOptions? tls, ConcurrentQueue<Http2Stream> free, TimeProvider clock, CancellationToken runToken)
    {
        _free = free;
        _addresses = addresses;
        _port = port;
        _tls = tls;
        _clock = clock;
        _runToken = runToken;
    }

    /// <summary>
    /// Sends on <paramref name="slot"/>: one taken from the free slots (<paramref name="giveBack"/>) goes back there when
    /// done; one a closed-loop user owns for the phase stays with that user.
    /// </summary>
    // Pooled state machines: a request at a time per slot, so the boxes are reused.
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<TransportResponse> SendAsync(Http2Stream slot, PreparedRequest request, Http2RequestHead head, long deadline, bool giveBack)
    {
        try
        {
            var firstSentAt = 0L;
            for (var attempt = 0; ; attempt++)
            {
                var now = _clock.GetTimestamp();
                if (_runToken.IsCancellationRequested || now >= deadline)
                {
                    var failure = _runToken.IsCancellationRequested ? TransportFailure.Cancelled : TransportFailure.Timeout;
                    return TransportResponse.Failed(failure, 0, 0, firstSentAt == 0 ? now : firstSentAt, now);
                }

                var session = await SessionAsync(deadline).ConfigureAwait(false);
                if (session is null)
                {
                    now = _clock.GetTimestamp();
                    var failure = _runToken.IsCancellationRequested ? TransportFailure.Cancelled : now >= deadline ? TransportFailure.Timeout : TransportFailure.Connection;
                    return TransportResponse.Failed(failure, 0, 0, firstSentAt == 0 ? now : firstSentAt, now);
                }

                if (!session.Start(slot, request, head, deadline))
                {
                    // Retired between the look and the start: the next round opens a new connection.
                    continue;
                }

                var response = await slot.Answer.ConfigureAwait(false);
                if (firstSentAt == 0)
                {
                    firstSentAt = response.SentAt;
                }

                // Refused unprocessed (GOAWAY above its last stream id, REFUSED_STREAM): safe to send again, once.
                if (slot.Refused && attempt == 0)
                {
                    continue;
                }

                return response with { SentAt = firstSentAt };
            }
        }
        finally
        {
            // Free again only once this request is done with the slot (whatever happened).
            if (giveBack)
            {
                _free.Enqueue(slot);
            }
        }
    }

    /// <summary>The open session, or a new one (a connect shared by every request that needs it); null when it cannot be had.</summary>
    public ValueTask<Http2Session?> SessionAsync(long deadline)
    {
        // Every request asks: the open session is read without the lock (Start checks again under the session's own).
        if (Volatile.Read(ref _session) is { IsOpen: true } current)
        {
            return ValueTask.FromResult<Http2Session?>(current);
        }

        lock (_gate)
        {
            if (_session is { IsOpen: true } open)
            {
                return ValueTask.FromResult<Http2Session?>(open);
            }

            if (_disposed)
            {
                return ValueTask.FromResult<Http2Session?>(null);
            }

            // Started on the pool, never inline: on loopback a connect can finish synchronously, and run inline under
            // this (re-entrant) lock it would clear _connecting before being stored there, leaving a finished connect
            // whose session every later request would be handed after that session retired (seen as a hung CI run).
            return new ValueTask<Http2Session?>(_connecting ??= Task.Run(() => ConnectAsync(deadline)));
        }
    }

    /// <summary>Ends overdue streams on every session still open (the current one and those retiring).</summary>
    public void CancelOverdue(long now)
    {
        Http2Session[] live;
        lock (_gate)
        {
            live = [.. _live];
        }

        foreach (var session in live)
        {
            session.CancelOverdue(now);
        }
    }

    private async Task<Http2Session?> ConnectAsync(long deadline)
    {
        Http2Session? session = null;
        try
        {
            session = await OpenAsync(deadline).ConfigureAwait(false);
        }
        finally
        {
            // Whatever the outcome, the next request that finds no open session starts a new connect.
            lock (_gate)
            {
                _connecting = null;
                if (session is not null)
                {
                    Volatile.Write(ref _session, session);
                }
            }
        }

        return session;
    }

    private async Task<Http2Session?> OpenAsync(long deadline)
    {
        // Connecting is rare (once per connection, after a GOAWAY or a failure): a timer of its own is fine here.
        var left = _clock.GetElapsedTime(_clock.GetTimestamp(), deadline);
        using var timeout = new CancellationTokenSource(left > TimeSpan.Zero ? left : TimeSpan.FromTicks(1), _clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, _runToken);
        Http2Session? session = null;
        try
        {
            var stream = await Http2Dialer.DialAsync(_addresses, _port, _tls, linked.Token).ConfigureAwait(false);
            if (stream is null)
            {
                return null;
            }

            session = new Http2Session(stream, _clock, Closed);
            lock (_gate)
            {
                _live.Add(session);
            }

            session.SendPreface();
            _ = new Http2Reader(session, stream).RunAsync();
            // The server's SETTINGS come first; until then its limits (concurrent streams) are unknown.
            await session.Settled.WaitAsync(linked.Token).ConfigureAwait(false);
            return session.IsOpen ? session : null;
        }
        catch (OperationCanceledException)
        {
            session?.Close(TransportFailure.Timeout);
            return null;
        }
    }

    private void Closed(Http2Session session)
    {
        lock (_gate)
        {
            _live.Remove(session);
            if (_session == session)
            {
                _session = null;
            }
        }
    }

    public void Dispose()
    {
        Http2Session[] live;
        lock (_gate)
        {
            _disposed = true;
            live = [.. _live];
        }

        foreach (var session in live)
        {
            session.Close(_runToken.IsCancellationRequested ? TransportFailure.Cancelled : TransportFailure.Connection);
        }
    }
}
