using System.Net;
using System.Threading.Channels;
using Harness.Load.Payloads;

namespace Harness.Load.Transport;

/// <summary>
/// The lean transport for plain HTTP/1.1: a fixed set of keep-alive connections; a request takes
/// an idle one (waiting when all are busy) and gives it back when its answer is read.
/// </summary>
internal sealed class RawHttpTransport : ILoadTransport
{
    private readonly RawHttpConnection[] _connections;
    private readonly Channel<RawHttpConnection> _idle;

    private RawHttpTransport(RawHttpConnection[] connections)
    {
        _connections = connections;
        _idle = Channel.CreateUnbounded<RawHttpConnection>(new UnboundedChannelOptions { SingleReader = false, SingleWriter = false });
        foreach (var connection in connections)
        {
            _idle.Writer.TryWrite(connection);
        }
    }

    public string Name => "raw-http1.1";

    public static async Task<RawHttpTransport> CreateAsync(Uri target, int connections, TimeSpan timeout, TimeProvider clock, CancellationToken runToken)
    {
        var addresses = IPAddress.TryParse(target.IdnHost.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(target.IdnHost, runToken).ConfigureAwait(false);
        var pool = new RawHttpConnection[connections];
        for (var i = 0; i < pool.Length; i++)
        {
            pool[i] = new RawHttpConnection(addresses, target.Port, timeout, clock, runToken);
        }

        return new RawHttpTransport(pool);
    }

    public async ValueTask<TransportResponse> SendAsync(PreparedRequest request)
    {
        if (!_idle.Reader.TryRead(out var connection))
        {
            connection = await _idle.Reader.ReadAsync().ConfigureAwait(false);
        }

        try
        {
            return await connection.SendAsync(request).ConfigureAwait(false);
        }
        finally
        {
            _idle.Writer.TryWrite(connection);
        }
    }

    public ValueTask DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            connection.Dispose();
        }

        return ValueTask.CompletedTask;
    }
}
