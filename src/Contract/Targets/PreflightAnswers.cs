using System.Text;

namespace Harness.Contract.Targets;

/// <summary>
/// Reads the pre-flight's answer at the transport level: whatever a receiver says to a GET on its
/// route is fine, but a redirect, a proxy's 407 or a gateway's error page means the run would
/// measure something other than the API.
/// </summary>
internal static class PreflightAnswers
{
    public static string? Problem(TargetEndpoint endpoint, HttpResponseMessage response, byte[] body, ConnectionFacts facts)
    {
        var status = (int)response.StatusCode;
        if (status is >= 300 and < 400)
        {
            var location = response.Headers.Location is { } l ? Secrets.RedactIn(Absolute(endpoint.RouteUrl, l), endpoint.Secrets) : null;
            return location is null
                ? $"the target answered {status} (a redirect) with no Location; redirects are never followed"
                : $"redirected ({status}) to {location}: use that URL as --target (redirects are never followed; a 301/302 would turn the POST into a GET)";
        }

        if (status == 407)
        {
            return $"proxy answered 407 (proxy authentication required){Via(facts)}: give its credentials as --proxy http://user:password@host:port";
        }

        // A gateway that wants a client certificate finishes the handshake without one and then refuses
        // every request with a page of its own (nginx: "400 No required SSL certificate was sent").
        if (status is 400 or 403 or 495 or 496 && !LooksLikeJson(response, body) && MentionsCertificate(body))
        {
            return facts.ClientCertificate
                ? $"the server refused the client certificate (answered {status}: {Title(body)}): is it signed by a CA the server trusts?"
                : $"the server wants a client certificate (mTLS; answered {status}: {Title(body)}): give --client-cert FILE and --client-key FILE";
        }

        if (GatewayHint.IsGatewayStatus(status) && !LooksLikeJson(response, body))
        {
            var who = facts.Server is { } server ? $"the gateway (Server: {server})" : "a gateway";
            return $"{GatewayHint.UpstreamDown(status)} ({who} answered {status} with a page that is not the API's{Via(facts)})";
        }

        return null;
    }

    private static string Via(ConnectionFacts facts) => facts.Proxy is null ? "" : $" (via proxy {facts.Proxy})";

    private static string Absolute(Uri request, Uri location) =>
        (location.IsAbsoluteUri ? location : new Uri(request, location)).GetLeftPart(UriPartial.Path) is var path && path.Contains("/v1/event/", StringComparison.Ordinal)
            ? path[..path.IndexOf("/v1/event/", StringComparison.Ordinal)] + "/"
            : (location.IsAbsoluteUri ? location : new Uri(request, location)).ToString();

    private static bool MentionsCertificate(byte[] body) =>
        Encoding.UTF8.GetString(body).Contains("certificate", StringComparison.OrdinalIgnoreCase);

    // The page's <title>, or its first line: enough to recognise the gateway's words, never the whole page.
    private static string Title(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body);
        var start = text.IndexOf("<title>", StringComparison.OrdinalIgnoreCase);
        var end = start < 0 ? -1 : text.IndexOf("</title>", start, StringComparison.OrdinalIgnoreCase);
        var title = end > start ? text[(start + 7)..end] : text.Split('\n')[0];
        title = title.Trim();
        return ConsoleText.Clean(title.Length <= 120 ? title : title[..120] + "…");
    }

    private static bool LooksLikeJson(HttpResponseMessage response, byte[] body)
    {
        if (response.Content.Headers.ContentType?.MediaType is { } type && type.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var text = Encoding.UTF8.GetString(body).TrimStart();
        return text.StartsWith('{');
    }
}
