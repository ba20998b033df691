using Harness.Load.Payloads;
using Harness.Load.Transport;

namespace Harness.Load.Tests.Support;

/// <summary>
/// A transport that lends its connections to closed-loop users (as the raw HTTP/1.1 transport does): every answer a
/// 200 success after a fixed delay on the (fake) clock. Counts what went through the shared path and what through
/// each owned connection, and fails a request that finds its owned connection already busy.
/// </summary>
internal sealed class OwningTransport : ILoadTransport
{
    private readonly TimeProvider _clock;
    private readonly TimeSpan _latency;
    private readonly Connection[] _connections;
    private int _shared;

    public OwningTransport(TimeProvider clock, TimeSpan latency, int connections)
    {
        _clock = clock;
        _latency = latency;
        _connections = [.. Enumerable.Range(0, connections).Select(_ => new Connection(this))];
    }

    public string Name => "test-owning";

    public int Capacity => _connections.Length;

    /// <summary>Requests sent through <see cref="SendAsync"/> (the gate and a shared connection).</summary>
    public int Shared => Volatile.Read(ref _shared);

    /// <summary>Requests sent on each owned connection.</summary>
    public int[] OwnedSends => [.. _connections.Select(c => Volatile.Read(ref c.Sends))];

    /// <summary>Requests that found their owned connection busy with another (must stay 0).</summary>
    public int Overlaps => _connections.Sum(c => Volatile.Read(ref c.Overlaps));

    public ValueTask<TransportResponse> SendAsync(PreparedRequest request, long deadline)
    {
        Interlocked.Increment(ref _shared);
        return AnswerAsync(_clock.GetTimestamp());
    }

    public IOwnedConnection? OwnedConnection(int index) => index < _connections.Length ? _connections[index] : null;

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async ValueTask<TransportResponse> AnswerAsync(long sentAt)
    {
        await Task.Delay(_latency, _clock);
        return new TransportResponse(TransportFailure.None, 200, "COC.00000000", 10, 100, sentAt, _clock.GetTimestamp());
    }

    private sealed class Connection(OwningTransport transport) : IOwnedConnection
    {
        public int Sends;
        public int Overlaps;
        private int _busy;

        public async ValueTask<TransportResponse> SendAsync(PreparedRequest request, long sentAt, long deadline)
        {
            Interlocked.Increment(ref Sends);
            if (Interlocked.Exchange(ref _busy, 1) == 1)
            {
                Interlocked.Increment(ref Overlaps);
            }

            try
            {
                return await transport.AnswerAsync(sentAt);
            }
            finally
            {
                Volatile.Write(ref _busy, 0);
            }
        }
    }
}
