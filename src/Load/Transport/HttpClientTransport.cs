using System.Buffers;
using System.Collections.Concurrent;
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
/// one handler each, and spreads requests over them in turn, so streams per connection = in flight / connections
/// (as h2load's -c and -m).
/// </summary>
/// <remarks>
/// Per request it costs what HttpClient must (a message, its headers) and no more: handlers are called through
/// <see cref="HttpMessageInvoker"/> (no HttpClient timeout and linked token per request), the deadline is one pooled
/// timer-backed token, Ctrl+C disposes the handlers (which ends every request in flight) instead of a linked token per
/// request, and the answer is read once into a pooled buffer rather than buffered by the handler and copied.
/// </remarks>
internal sealed class HttpClientTransport : ILoadTransport
{
    private readonly HttpMessageInvoker[] _invokers;
    private readonly Version _version;
    private readonly IReadOnlyList<KeyValuePair<string, string>> _headers;
    private readonly TimeProvider _clock;
    private readonly CancellationToken _runToken;
    private readonly CancellationTokenRegistration _onRunCancelled;
    private readonly ConcurrentQueue<CancellationTokenSource> _deadlines = new();
    private int _next;

    public HttpClientTransport(LoadPlan plan, TimeProvider clock, CancellationToken runToken)
    {
        var endpoint = plan.Endpoint;
        var http2 = endpoint.HttpVersion == "2";
        _invokers = new HttpMessageInvoker[http2 ? plan.Connections : 1];
        for (var i = 0; i < _invokers.Length; i++)
        {
            var handler = TargetHandler.Create(endpoint, http2 ? 1 : plan.Connections, plan.RequestTimeout);
            // One HTTP/2 connection per handler: `connections: N` means N TCP connections, never more behind the run's back.
            handler.EnableMultipleHttp2Connections = false;
            _invokers[i] = new HttpMessageInvoker(handler, disposeHandler: true);
        }

        _version = http2 ? HttpVersion.Version20 : HttpVersion.Version11;
        _headers = endpoint.Headers;
        _clock = clock;
        _runToken = runToken;
        _onRunCancelled = runToken.Register(static s => ((HttpClientTransport)s!).DisposeInvokers(), this);
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

        var deadline = RentDeadline(left);
        var payload = request.Payload;
        using var message = Message(request);
        var invoker = _invokers.Length == 1 ? _invokers[0] : _invokers[(int)((uint)Interlocked.Increment(ref _next) % (uint)_invokers.Length)];
        var sentAt = _clock.GetTimestamp();
        try
        {
            using var response = await invoker.SendAsync(message, deadline.Token).ConfigureAwait(false);
            var (errorCode, bodyLength) = await ReadBodyAsync(response, deadline.Token).ConfigureAwait(false);
            var completedAt = _clock.GetTimestamp();
            return new TransportResponse(TransportFailure.None, (int)response.StatusCode, errorCode, payload.Body.Length, bodyLength, sentAt, completedAt);
        }
        catch (Exception ex) when (ex is OperationCanceledException or HttpRequestException or IOException or ObjectDisposedException)
        {
            var failure = _runToken.IsCancellationRequested ? TransportFailure.Cancelled
                : deadline.IsCancellationRequested ? TransportFailure.Timeout
                : TransportFailure.Connection;
            return TransportResponse.Failed(failure, 0, 0, sentAt, _clock.GetTimestamp());
        }
        finally
        {
            ReturnDeadline(deadline);
        }
    }

    private HttpRequestMessage Message(PreparedRequest request)
    {
        var payload = request.Payload;
        var message = new HttpRequestMessage(HttpMethod.Post, request.Uri)
        {
            Version = _version,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ReadOnlyMemoryContent(payload.Body),
        };
        if (payload.ContentType is not null)
        {
            message.Content.Headers.TryAddWithoutValidation("Content-Type", payload.ContentType);
        }

        if (request.Token is { } token)
        {
            message.Headers.TryAddWithoutValidation("X-Auth-Token", token);
        }

        message.Headers.TryAddWithoutValidation("Accept", "application/json");
        TargetPreflight.AddHeaders(message, _headers);
        return message;
    }

    // The whole answer, read once into a pooled buffer: only its length and error_code are kept.
    private static async ValueTask<(string? ErrorCode, int Length)> ReadBodyAsync(HttpResponseMessage response, CancellationToken token)
    {
        var stream = await response.Content.ReadAsStreamAsync(token).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Clamp(response.Content.Headers.ContentLength ?? 4096, 256, 1 << 20) + 1);
            var filled = 0;
            try
            {
                int n;
                while ((n = await stream.ReadAsync(buffer.AsMemory(filled), token).ConfigureAwait(false)) > 0)
                {
                    filled += n;
                    if (filled == buffer.Length)
                    {
                        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        buffer.AsSpan(0, filled).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }
                }

                EnvelopeJson.TryReadErrorCode(buffer.AsSpan(0, filled), out var errorCode);
                return (errorCode, filled);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    // A deadline token per request, reused when it did not fire (TryReset): no new timer object per request.
    private CancellationTokenSource RentDeadline(TimeSpan left)
    {
        if (!_deadlines.TryDequeue(out var source))
        {
            source = new CancellationTokenSource(Timeout.InfiniteTimeSpan, _clock);
        }

        source.CancelAfter(left);
        return source;
    }

    private void ReturnDeadline(CancellationTokenSource source)
    {
        if (source.TryReset())
        {
            _deadlines.Enqueue(source);
        }
        else
        {
            source.Dispose();
        }
    }

    // Disposing a handler ends every request in flight on it: what Ctrl+C asks for.
    private void DisposeInvokers()
    {
        foreach (var invoker in _invokers)
        {
            invoker.Dispose();
        }
    }

    public ValueTask DisposeAsync()
    {
        _onRunCancelled.Dispose();
        DisposeInvokers();
        while (_deadlines.TryDequeue(out var source))
        {
            source.Dispose();
        }

        return ValueTask.CompletedTask;
    }
}
