using System.Net.Http.Headers;
using Harness.Conformance.Checks;
using Harness.Conformance.Oracle;
using Harness.Contract.Fields;

namespace Harness.Conformance.Running;

/// <summary>
/// Sends a check's request exactly as recorded (raw path, raw Content-Type, body bytes) and turns
/// whatever happens into a <see cref="TargetResponse"/>: no redirects, no cookies, no retries.
/// </summary>
internal sealed class Transport : IDisposable
{
    private static readonly UriCreationOptions RawPath = new() { DangerousDisablePathAndQueryCanonicalization = true };

    private readonly HttpClient _client;
    private readonly TimeSpan _timeout;
    private readonly TimeProvider _time;

    public Transport(TimeSpan timeout, int concurrency, bool insecure, TimeProvider time)
    {
        _timeout = timeout;
        _time = time;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            AutomaticDecompression = System.Net.DecompressionMethods.None,
            MaxConnectionsPerServer = concurrency,
            ConnectTimeout = timeout,
        };
        if (insecure)
        {
            // An explicit opt-in (--insecure) for staging systems with self-signed certificates.
            handler.SslOptions.RemoteCertificateValidationCallback = (_, _, _, _) => true;
        }

        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    public Task<TargetResponse> SendAsync(TargetContext target, CheckRequest request, CancellationToken ct)
    {
        var message = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(target.Url(request), in RawPath))
        {
            Content = new ByteArrayContent(request.Body),
        };
        if (request.ContentType is not null)
        {
            message.Content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
        }

        var token = request.Token switch
        {
            TokenMode.Configured => target.Token,
            TokenMode.Wrong => target.WrongToken,
            _ => null,
        };
        if (token is not null)
        {
            message.Headers.TryAddWithoutValidation(IntegrationKeyRule.TokenHeader, token);
        }

        foreach (var header in target.Headers.Concat(request.ExtraHeaders))
        {
            if (!message.Headers.TryAddWithoutValidation(header.Key, header.Value))
            {
                message.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        return SendAsync(message, ct);
    }

    /// <summary>A GET on the route: any HTTP answer proves the target is there.</summary>
    public Task<TargetResponse> ProbeAsync(Uri url, CancellationToken ct) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, url), ct);

    private async Task<TargetResponse> SendAsync(HttpRequestMessage message, CancellationToken ct)
    {
        var started = _time.GetTimestamp();
        using var timeout = new CancellationTokenSource(_timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        try
        {
            using (message)
            using (var response = await _client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false))
            {
                // Bounded: a target's answer is kept up to a cap, whatever its size (BoundedBody).
                var stream = await response.Content.ReadAsStreamAsync(linked.Token).ConfigureAwait(false);
                var body = await BoundedBody.ReadAsync(stream, linked.Token).ConfigureAwait(false);
                return new TargetResponse((int)response.StatusCode, RawContentType(response.Content.Headers), body.Kept, null, Elapsed(started))
                {
                    BodyNote = BoundedBody.Note(body),
                    Origin = AnswerOrigin.From(response),
                };
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return TargetResponse.Failed($"no answer within {_timeout.TotalSeconds:0.###} s (timeout)", Elapsed(started));
        }
        catch (HttpRequestException ex)
        {
            return TargetResponse.Failed(Describe(ex), Elapsed(started));
        }
        catch (IOException ex)
        {
            return TargetResponse.Failed($"connection broken: {ex.Message}", Elapsed(started));
        }
    }

    private static string? RawContentType(HttpContentHeaders headers) =>
        headers.TryGetValues("Content-Type", out var values) ? string.Join(", ", values) : null;

    private static string Describe(HttpRequestException ex)
    {
        var inner = ex.InnerException is { } cause && !ex.Message.Contains(cause.Message, StringComparison.Ordinal) ? $" ({cause.Message})" : "";
        return $"{ex.HttpRequestError}: {ex.Message}{inner}";
    }

    private double Elapsed(long started) => _time.GetElapsedTime(started).TotalMilliseconds;

    public void Dispose() => _client.Dispose();
}
