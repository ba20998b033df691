using Harness.Load.Payloads;

namespace Harness.Load.Transport;

/// <summary>Sends one prepared request and reports what happened, as a value (never throws for expected failures).</summary>
internal interface ILoadTransport : IAsyncDisposable
{
    /// <summary>A short name for reports ("raw-http1", "httpclient-h2").</summary>
    string Name { get; }

    ValueTask<TransportResponse> SendAsync(PreparedRequest request);
}
