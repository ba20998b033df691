using System.Net;
using System.Net.Security;
using Harness.Contract.Envelopes;
using Harness.Load.Payloads;

namespace Harness.Load.Transport;

/// <summary>
/// HttpClient over SocketsHttpHandler, for what the raw transport does not speak: TLS (verified unless
/// <c>--insecure</c>), HTTP/2, proxies. Connections are capped at the plan's count.
/// </summary>
internal sealed class HttpClientTransport : ILoadTransport
{
    private readonly HttpClient _client;
    private readonly Version _version;
    private readonly TimeProvider _clock;
    private readonly CancellationToken _runToken;

    public HttpClientTransport(int connections, TimeSpan timeout, string httpVersion, bool insecure, TimeProvider clock, CancellationToken runToken)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            ConnectTimeout = timeout,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
            EnableMultipleHttp2Connections = true,
        };
        if (insecure)
        {
            // Only ever on an explicit --insecure: the run's output says certificates were not verified.
            handler.SslOptions = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = static (_, _, _, _) => true };
        }

        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _version = httpVersion == "2" ? HttpVersion.Version20 : HttpVersion.Version11;
        _clock = clock;
        _runToken = runToken;
        Name = httpVersion == "2" ? "httpclient-h2" : "httpclient-http1.1";
        Capacity = httpVersion == "2" ? int.MaxValue : connections;
    }

    public string Name { get; }

    /// <summary>One request per HTTP/1.1 connection; HTTP/2 multiplexes, so only the deadline bounds its waits.</summary>
    public int Capacity { get; }

    public async ValueTask<TransportResponse> SendAsync(PreparedRequest request, long deadlineAt)
    {
        var left = _clock.GetElapsedTime(_clock.GetTimestamp(), deadlineAt);
        if (_runToken.IsCancellationRequested || left <= TimeSpan.Zero)
        {
            var now = _clock.GetTimestamp();
            return TransportResponse.Failed(_runToken.IsCancellationRequested ? TransportFailure.Cancelled : TransportFailure.Timeout, 0, 0, now, now);
        }

        using var deadline = new CancellationTokenSource(left, _clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, _runToken);
        var payload = request.Payload;
        using var message = new HttpRequestMessage(HttpMethod.Post, request.Uri)
        {
            Version = _version,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ReadOnlyMemoryContent(payload.Body),
        };
        if (payload.ContentType is not null)
        {
            message.Content.Headers.TryAddWithoutValidation("Content-Type", payload.ContentType);
        }

        var token = request.Token;
        if (token is not null)
        {
            message.Headers.TryAddWithoutValidation("X-Auth-Token", token);
        }

        message.Headers.TryAddWithoutValidation("Accept", "application/json");
        var sentAt = _clock.GetTimestamp();
        try
        {
            using var response = await _client.SendAsync(message, HttpCompletionOption.ResponseContentRead, linked.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(linked.Token).ConfigureAwait(false);
            var completedAt = _clock.GetTimestamp();
            EnvelopeJson.TryReadErrorCode(body, out var errorCode);
            return new TransportResponse(TransportFailure.None, (int)response.StatusCode, errorCode, payload.Body.Length, body.Length, sentAt, completedAt);
        }
        catch (Exception ex) when (ex is OperationCanceledException or HttpRequestException or IOException)
        {
            var failure = _runToken.IsCancellationRequested ? TransportFailure.Cancelled
                : deadline.IsCancellationRequested ? TransportFailure.Timeout
                : TransportFailure.Connection;
            return TransportResponse.Failed(failure, 0, 0, sentAt, _clock.GetTimestamp());
        }
    }

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }
}
