using System.Globalization;
using System.Net.Http;
using System.Text.RegularExpressions;

namespace Harness.Contract.Targets;

/// <summary>Turns HttpClient's exceptions into the cause a person can act on, with the option that fixes it.</summary>
internal static partial class PreflightErrors
{
    public static string Describe(TargetEndpoint endpoint, HttpRequestException ex, TlsObserver observer, ConnectionFacts facts)
    {
        var target = $"{endpoint.BaseUrl.Host}:{endpoint.BaseUrl.Port}";
        // .NET ends some messages with the error's name in brackets, which the cases below already say in words.
        var detail = Innermost(ex).Replace($" ({ex.HttpRequestError})", string.Empty, StringComparison.Ordinal);
        return ex.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError when facts.Proxy is null => $"cannot resolve {endpoint.BaseUrl.Host}: {detail}",
            HttpRequestError.NameResolutionError => $"cannot resolve the proxy {facts.Proxy}: {detail}",
            HttpRequestError.ConnectionError when facts.Proxy is not null && !detail.Contains(endpoint.BaseUrl.Host, StringComparison.Ordinal) =>
                $"no connection to the proxy {facts.Proxy} (from {facts.ProxySource}): {detail}",
            HttpRequestError.ConnectionError => $"no connection to {target}: {detail}",
            HttpRequestError.SecureConnectionError when observer.Problem is { } problem =>
                $"certificate not trusted: {problem} (server certificate {observer.Subject}). Trust its CA with --ca-cert FILE, or skip verification with --insecure (explicit opt-in)",
            // Asked for h2 only, an HTTP/1.1-only server ends the handshake with the no_application_protocol alert.
            HttpRequestError.SecureConnectionError when endpoint.HttpVersion == "2" && detail.Contains("no application protocol", StringComparison.OrdinalIgnoreCase) =>
                $"server does not speak HTTP/2: {target} refused h2 in the TLS handshake (ALPN); leave --http-version 2 out",
            HttpRequestError.SecureConnectionError =>
                $"TLS handshake with {target} failed: {detail} (is the port really https? does the server want a client certificate, --client-cert?)",
            HttpRequestError.ProxyTunnelError => Tunnel(ex, facts, target),
            HttpRequestError.VersionNegotiationError => $"server does not speak HTTP/2: {target} offered no h2 in its TLS handshake (ALPN); leave --http-version 2 out",
            HttpRequestError.HttpProtocolError or HttpRequestError.ResponseEnded or HttpRequestError.InvalidResponse or HttpRequestError.Unknown when endpoint.HttpVersion == "2" =>
                $"server does not speak HTTP/2: {target} did not answer an HTTP/2 request ({detail}); leave --http-version 2 out",
            HttpRequestError.ResponseEnded => $"{target} closed the connection before a whole answer came ({detail}): is something else listening there?",
            HttpRequestError.InvalidResponse => $"{target} did not answer in HTTP ({detail}): is something else listening there, or does it speak TLS (https://)?",
            _ => $"{ex.HttpRequestError}: {detail}",
        };
    }

    private static string Tunnel(HttpRequestException ex, ConnectionFacts facts, string target)
    {
        var status = ex.StatusCode is { } code ? (int)code
            : TunnelStatus().Match(ex.Message) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        return status == 407
            ? $"proxy answered 407 (proxy authentication required) to CONNECT {target}: give its credentials as --proxy http://user:password@host:port"
            : $"proxy {facts.Proxy} answered {(status == 0 ? "an error" : status.ToString(CultureInfo.InvariantCulture))} to CONNECT {target}: it cannot reach the target or does not allow it";
    }

    private static string Innermost(Exception ex)
    {
        var messages = new List<string>();
        for (Exception? e = ex; e is not null; e = e.InnerException)
        {
            if (!messages.Any(m => m.Contains(e.Message, StringComparison.Ordinal)))
            {
                messages.Add(e.Message);
            }
        }

        return string.Join(" ", messages);
    }

    [GeneratedRegex(@"status code '?(\d{3})")]
    private static partial Regex TunnelStatus();
}
