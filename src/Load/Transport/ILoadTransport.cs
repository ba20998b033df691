using Harness.Load.Payloads;

namespace Harness.Load.Transport;

/// <summary>Sends one prepared request and reports what happened, as a value (never throws for expected failures).</summary>
internal interface ILoadTransport : IAsyncDisposable
{
    /// <summary>A short name for reports ("raw-http1.1", "raw-h2", "httpclient-h2").</summary>
    string Name { get; }

    /// <summary>
    /// Requests the transport can have on the wire at once (one per HTTP/1.1 connection). The engine
    /// never hands it more, so a request handed over goes out at once: waiting for a connection is the
    /// engine's wait, counted late or dropped, never hidden in a queue inside the transport.
    /// </summary>
    int Capacity { get; }

    /// <summary>
    /// Sends <paramref name="request"/>; past <paramref name="deadline"/> (a <see cref="TimeProvider.GetTimestamp"/>
    /// value counted from the request's intended send) it ends as a timeout.
    /// </summary>
    ValueTask<TransportResponse> SendAsync(PreparedRequest request, long deadline);

    /// <summary>
    /// Opens the connections before the first phase's clock starts, so that connecting (and a TLS handshake)
    /// is not charged to the first requests as response time or lateness. One that fails is retried by the
    /// request that needs it, and counted there. Transports that connect on demand do nothing.
    /// </summary>
    ValueTask OpenAsync(TimeSpan timeout) => ValueTask.CompletedTask;

    /// <summary>
    /// Connection <paramref name="index"/> (below <see cref="Capacity"/>) for one closed-loop user to hold for a phase
    /// (for HTTP/2, stream slot <paramref name="index"/>), or null when this transport cannot lend one (HttpClient's pool). The
    /// engine asks only when nothing is in flight and every user of the phase gets a connection of its own.
    /// </summary>
    IOwnedConnection? OwnedConnection(int index) => null;
}
