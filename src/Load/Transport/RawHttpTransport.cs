using System.Net;
using System.Net.Security;
using System.Collections.Concurrent;
using Harness.Load.Payloads;

namespace Harness.Load.Transport;

/// <summary>
/// The lean transport for HTTP/1.1, plain or over TLS (SslStream on the socket, ALPN http/1.1): a fixed
/// set of keep-alive connections; a request takes an idle one and gives it back when its answer is read.
/// </summary>
internal sealed class RawHttpTransport : ILoadTransport
{
    private readonly RawHttpConnection[] _connections;
    // Lock-free: taking and giving back a connection is on every request's path, from every core.
    private readonly ConcurrentQueue<RawHttpConnection> _idle;

    private readonly ITimer _watchdog;
    private readonly TimeProvider _clock;

    private RawHttpTransport(RawHttpConnection[] connections, ConcurrentQueue<RawHttpConnection> idle, bool tls, TimeSpan timeout, TimeProvider clock)
    {
        Name = tls ? "raw-http1.1-tls" : "raw-http1.1";
        _connections = connections;
        _clock = clock;
        // Timeouts are enforced by one watchdog rather than a timer per request; they fire up to a
        // tenth of the timeout (at most 50 ms) late.
        var period = TimeSpan.FromTicks(Math.Clamp(timeout.Ticks / 10, TimeSpan.FromMilliseconds(1).Ticks, TimeSpan.FromMilliseconds(50).Ticks));
        _watchdog = clock.CreateTimer(static s => ((RawHttpTransport)s!).CheckDeadlines(), this, period, period);
        _idle = idle;
    }

    public string Name { get; }

    public int Capacity => _connections.Length;

    /// <summary>Connections to <paramref name="target"/>; <paramref name="tls"/> (from <see cref="RawTls.Options"/>) for an https:// one.</summary>
    public static async Task<RawHttpTransport> CreateAsync(Uri target, int connections, TimeSpan timeout, TimeProvider clock, CancellationToken runToken, SslClientAuthenticationOptions? tls = null)
    {
        var addresses = IPAddress.TryParse(target.IdnHost.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(target.IdnHost, runToken).ConfigureAwait(false);
        var idle = new ConcurrentQueue<RawHttpConnection>();
        var pool = new RawHttpConnection[connections];
        for (var i = 0; i < pool.Length; i++)
        {
            pool[i] = new RawHttpConnection(addresses, target.Port, tls, idle, clock, runToken);
            idle.Enqueue(pool[i]);
        }

        return new RawHttpTransport(pool, idle, tls is not null, timeout, clock);
    }

    public async ValueTask OpenAsync(TimeSpan timeout)
    {
        var until = _clock.GetTimestamp() + (long)(timeout.TotalSeconds * _clock.TimestampFrequency);
        await Task.WhenAll(_connections.Select(c => c.OpenAsync(until).AsTask())).ConfigureAwait(false);
    }

    public ValueTask<TransportResponse> SendAsync(PreparedRequest request, long deadline) =>
        // The engine hands over at most Capacity requests at once, and a connection is back in the queue before
        // its request leaves the engine's books, so one is there: the connection's own send is the whole path.
        _idle.TryDequeue(out var connection) ? connection.SendAsync(request, _clock.GetTimestamp(), deadline, giveBack: true) : WaitForConnectionAsync(request, deadline);

    /// <summary>A connection for one closed-loop user alone: it stays in the idle queue, which nobody takes from while users own connections.</summary>
    public IOwnedConnection? OwnedConnection(int index) => (uint)index < (uint)_connections.Length ? _connections[index] : null;

    // Only a caller that ignores Capacity gets here.
    private async ValueTask<TransportResponse> WaitForConnectionAsync(PreparedRequest request, long deadline)
    {
        RawHttpConnection? connection;
        while (!_idle.TryDequeue(out connection))
        {
            await Task.Yield();
        }

        return await connection.SendAsync(request, _clock.GetTimestamp(), deadline, giveBack: true).ConfigureAwait(false);
    }

    private void CheckDeadlines()
    {
        var now = _clock.GetTimestamp();
        foreach (var connection in _connections)
        {
            connection.CloseIfOverdue(now);
        }
    }

    public ValueTask DisposeAsync()
    {
        _watchdog.Dispose();
        foreach (var connection in _connections)
        {
            connection.Dispose();
        }

        return ValueTask.CompletedTask;
    }
}
