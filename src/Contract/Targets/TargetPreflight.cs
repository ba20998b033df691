using System.Net;
using System.Net.Http.Headers;
using Harness.Contract.Envelopes;
using Harness.Contract.Fields;

namespace Harness.Contract.Targets;

/// <summary>
/// One real request before a run, sent the way the run will send (same handler: TLS, client
/// certificate, HTTP version, proxy, headers): a GET on the route, which a receiver answers
/// without storing anything. A failure becomes one cause a person can act on.
/// </summary>
public static class TargetPreflight
{
    private const int BodyPeek = 4096;

    public static async Task<PreflightOutcome> RunAsync(TargetEndpoint endpoint, TimeSpan timeout, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var planned = ConnectionFacts.Planned(endpoint);
        var observer = new TlsObserver();
        using var handler = TargetHandler.Create(endpoint, 1, timeout, observer);
        using var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        using var request = Request(endpoint);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
            var facts = planned with
            {
                HttpVersionNegotiated = response.Version.Major == 2 ? "2" : $"{response.Version.Major}.{response.Version.Minor}",
                TlsUntrustedBecause = endpoint.Tls.Insecure ? observer.Problem : null,
                Server = response.Headers.Server.Count > 0 ? response.Headers.Server.ToString() : null,
            };
            var body = await PeekAsync(response, deadline.Token).ConfigureAwait(false);
            return new PreflightOutcome(facts, PreflightAnswers.Problem(endpoint, response, body, facts));
        }
        catch (HttpRequestException ex)
        {
            return new PreflightOutcome(planned, Secrets.RedactIn(PreflightErrors.Describe(endpoint, ex, observer, planned), endpoint.Secrets));
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            var via = planned.Proxy is null ? "" : $" through the proxy {planned.Proxy}";
            return new PreflightOutcome(planned, $"timeout: no answer from {endpoint.BaseUrl.Host}:{endpoint.BaseUrl.Port}{via} within {timeout.TotalSeconds:0.#} s");
        }
    }

    /// <summary>The pre-flight's request, with the run's headers (Host may be overridden by the user).</summary>
    internal static HttpRequestMessage Request(TargetEndpoint endpoint)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, endpoint.RouteUrl)
        {
            Version = endpoint.HttpVersion == "2" ? HttpVersion.Version20 : HttpVersion.Version11,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(EnvelopeJson.ContentType));
        if (endpoint.Token is { } token)
        {
            request.Headers.TryAddWithoutValidation(IntegrationKeyRule.TokenHeader, token);
        }

        AddHeaders(request, endpoint.Headers);
        return request;
    }

    /// <summary>Adds user headers to a request (Host replaces the URL's host; content headers go on the content).</summary>
    public static void AddHeaders(HttpRequestMessage request, IEnumerable<KeyValuePair<string, string>> headers)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(headers);
        foreach (var (name, value) in headers)
        {
            if (name.Equals("Host", StringComparison.OrdinalIgnoreCase))
            {
                request.Headers.Host = value;
            }
            else if (!request.Headers.TryAddWithoutValidation(name, value))
            {
                request.Content?.Headers.TryAddWithoutValidation(name, value);
            }
        }
    }

    private static async Task<byte[]> PeekAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var stream = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = new byte[BodyPeek];
            var filled = 0;
            int n;
            while (filled < buffer.Length && (n = await stream.ReadAsync(buffer.AsMemory(filled), ct).ConfigureAwait(false)) > 0)
            {
                filled += n;
            }

            return buffer[..filled];
        }
    }
}
