using System.Collections.Concurrent;
using System.Net;
using System.Net.Security;
using Harness.Load.Payloads;

namespace Harness.Load.Transport.Http2;

/// <summary>
/// The lean HTTP/2 transport: a fixed set of connections (TLS with ALPN h2, or cleartext h2 with prior knowledge
/// for an http:// target), each with a fixed number of stream slots made up front. A request takes a free slot
/// and gives it back when its answer is in, or a closed-loop user owns one for a phase (<see cref="OwnedConnection"/>);
/// <see cref="Capacity"/> is the slots' count, so the engine never hands over a request no stream is free for.
/// </summary>
internal sealed class Http2Transport : ILoadTransport
{
    private readonly Http2Connection[] _connections;
    private readonly ConcurrentQueue<Http2Stream> _free;
    // Every slot, in the order they were queued (interleaved over the connections): user i of a closed phase owns slot i.
    private readonly OwnedSlot[] _owned;
    private readonly IReadOnlyList<KeyValuePair<string, string>> _headers;
    private readonly ITimer _watchdog;
    private readonly TimeProvider _clock;
    private readonly CancellationTokenRegistration _onRunCancelled;
    private Http2RequestHead? _head;

    private Http2Transport(Http2Connection[] connections, ConcurrentQueue<Http2Stream> free, bool tls, IReadOnlyList<KeyValuePair<string, string>> headers, TimeSpan timeout, TimeProvider clock, CancellationToken runToken)
    {
        _connections = connections;
        _free = free;
        _owned = [.. free.Select(slot => new OwnedSlot(this, slot))];
        _headers = headers;
        _clock = clock;
        Capacity = free.Count;
        Name = tls ? "raw-h2" : "raw-h2c";
        // As on HTTP/1.1: one watchdog for every deadline, up to a tenth of the timeout (at most 50 ms) late.
        var period = TimeSpan.FromTicks(Math.Clamp(timeout.Ticks / 10, TimeSpan.FromMilliseconds(1).Ticks, TimeSpan.FromMilliseconds(50).Ticks));
        _watchdog = clock.CreateTimer(static s => ((Http2Transport)s!).CancelOverdue(), this, period, period);
        // Ctrl+C must not wait for slow answers: closing the connections ends every stream at once.
        _onRunCancelled = runToken.Register(static s => ((Http2Transport)s!).CloseAll(), this);
    }

    public string Name { get; }

    /// <summary>Stream slots over all connections: per connection the planned streams, or fewer if the server allows fewer.</summary>
    public int Capacity { get; }

    /// <summary>
    /// Opens <paramref name="connections"/> connections to <paramref name="target"/> (TLS when <paramref name="tls"/> is
    /// given) and learns each server's MAX_CONCURRENT_STREAMS, so that no connection gets more than
    /// <paramref name="streams"/> streams nor more than its server allows. A connection that cannot open now keeps the
    /// planned streams and connects on its first request (which fails as a value if it still cannot).
    /// </summary>
    public static async Task<Http2Transport> CreateAsync(Uri target, int connections, int streams, IReadOnlyList<KeyValuePair<string, string>> headers,
        TimeSpan timeout, TimeProvider clock, CancellationToken runToken, SslClientAuthenticationOptions? tls = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        var addresses = IPAddress.TryParse(target.IdnHost.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(target.IdnHost, runToken).ConfigureAwait(false);
        if (tls is not null)
        {
            tls.ApplicationProtocols = [SslApplicationProtocol.Http2];
        }

        var free = new ConcurrentQueue<Http2Stream>();
        var pool = new Http2Connection[connections];
        for (var i = 0; i < pool.Length; i++)
        {
            pool[i] = new Http2Connection(addresses, target.Port, tls, free, clock, runToken);
        }

        var deadline = clock.GetTimestamp() + (long)(timeout.TotalSeconds * clock.TimestampFrequency);
        var sessions = await Task.WhenAll(pool.Select(c => c.SessionAsync(deadline).AsTask())).ConfigureAwait(false);
        var perConnection = sessions.Select(s => s is null ? streams : Math.Clamp(s.Peer.MaxConcurrentStreams, 1, streams)).ToArray();
        // Slots interleaved over the connections, so the first requests spread over all of them.
        for (var s = 0; s < streams; s++)
        {
            for (var c = 0; c < pool.Length; c++)
            {
                if (s < perConnection[c])
                {
                    free.Enqueue(new Http2Stream(pool[c]));
                }
            }
        }

        return new Http2Transport(pool, free, tls is not null, headers, timeout, clock, runToken);
    }

    public ValueTask<TransportResponse> SendAsync(PreparedRequest request, long deadline)
    {
        ArgumentNullException.ThrowIfNull(request);
        var head = HeadFor(request);
        return _free.TryDequeue(out var slot) ? slot.Connection.SendAsync(slot, request, head, deadline, giveBack: true) : WaitForSlotAsync(request, head, deadline);
    }

    /// <summary>
    /// Stream slot <paramref name="index"/> for one closed-loop user alone: its requests go to that slot's connection with
    /// no free-slot queue between. The slot stays in the free queue, which nobody takes from while users own slots.
    /// </summary>
    public IOwnedConnection? OwnedConnection(int index) => (uint)index < (uint)_owned.Length ? _owned[index] : null;

    private Http2RequestHead HeadFor(PreparedRequest request)
    {
        var head = _head;
        if (head is null || !head.Fits(request))
        {
            // Once per run in practice: every request of a run has the same address, token and content type.
            _head = head = Http2RequestHead.For(request, _headers);
        }

        return head;
    }

    // Only a caller that ignores Capacity gets here.
    private async ValueTask<TransportResponse> WaitForSlotAsync(PreparedRequest request, Http2RequestHead head, long deadline)
    {
        Http2Stream? slot;
        while (!_free.TryDequeue(out slot))
        {
            await Task.Yield();
        }

        return await slot.Connection.SendAsync(slot, request, head, deadline, giveBack: true).ConfigureAwait(false);
    }

    private void CancelOverdue()
    {
        var now = _clock.GetTimestamp();
        foreach (var connection in _connections)
        {
            connection.CancelOverdue(now);
        }
    }

    private void CloseAll()
    {
        foreach (var connection in _connections)
        {
            connection.Dispose();
        }
    }

    public ValueTask DisposeAsync()
    {
        _watchdog.Dispose();
        _onRunCancelled.Dispose();
        CloseAll();
        return ValueTask.CompletedTask;
    }

    // A slot as a closed-loop user's own connection. The stream's own clock read at its start is its send time, as on the
    // shared path (the user's hand-over time and that read are microseconds apart, with nothing to wait for between).
    private sealed class OwnedSlot(Http2Transport transport, Http2Stream slot) : IOwnedConnection
    {
        public ValueTask<TransportResponse> SendAsync(PreparedRequest request, long sentAt, long deadline) =>
            slot.Connection.SendAsync(slot, request, transport.HeadFor(request), deadline, giveBack: false);
    }
}
