using System.Net;
using Harness.Contract.Envelopes;
using Harness.Contract.Targets;
using Harness.Load.Engine;
using Harness.Load.Payloads;

namespace Harness.Load.Transport;

/// <summary>
/// HttpClient over SocketsHttpHandler, for what the raw transport does not speak: TLS (verified unless
/// <c>--insecure</c>), HTTP/2, proxies. The handler comes from <see cref="TargetHandler"/> (redirects never
/// followed). HTTP/1.1 opens up to the plan's count of connections; HTTP/2 opens exactly that many,
/// one client each, and spreads requests over them in turn, so streams per connection = in flight / connections
/// (as h2load's -c and -m).
/// </summary>
internal sealed class HttpClientTransport : ILoadTransport
{
    private readonly HttpClient[] _clients;
    private readonly Version _version;
    private readonly IReadOnlyList<KeyValuePair<string, string>> _headers;
    private readonly TimeProvider _clock;
    private readonly CancellationToken _runToken;
    private int _next;

    public HttpClientTransport(LoadPlan plan, TimeProvider clock, CancellationToken runToken)
    {
        var endpoint = plan.Endpoint;
        var http2 = plan.HttpVersion == "2";
        _clients = new HttpClient[http2 ? plan.Connections : 1];
        for (var i = 0; i < _clients.Length; i++)
        {
            var handler = TargetHandler.Create(endpoint, http2 ? 1 : plan.Connections, plan.RequestTimeout);
            handler.EnableMultipleHttp2Connections = false;
            _clients[i] = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        }

        _version = http2 ? HttpVersion.Version20 : HttpVersion.Version11;
        _headers = plan.Headers;
        _clock = clock;
        _runToken = runToken;
        Name = (http2 ? "httpclient-h2" : "httpclient-http1.1") + (plan.EffectiveProxy is { } proxy ? $" via proxy {TargetProxy.Display(proxy)}" : "");
        Capacity = http2 ? int.MaxValue : plan.Connections;
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
        TargetPreflight.AddHeaders(message, _headers);
        var client = _clients.Length == 1 ? _clients[0] : _clients[(int)((uint)Interlocked.Increment(ref _next) % (uint)_clients.Length)];
        var sentAt = _clock.GetTimestamp();
        try
        {
            using var response = await client.SendAsync(message, HttpCompletionOption.ResponseContentRead, linked.Token).ConfigureAwait(false);
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
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        return ValueTask.CompletedTask;
    }
}
