namespace Harness.TestKit;

/// <summary>
/// nginx in front of a receiver on a loopback port, the ways staging really sits behind a gateway:
/// TLS (optionally HTTP/2, mutual TLS, gzip), a base path, a redirect, an upstream that is down.
/// </summary>
public static class Gateways
{
    /// <summary>The name <see cref="Squid"/> resolves to 127.0.0.1 and the harness cannot: only the proxy can reach it.</summary>
    public const string ProxyOnlyHost = "upstream.test";

    /// <summary>The squid hosts line that makes <see cref="ProxyOnlyHost"/> resolvable by the proxy.</summary>
    public const string ProxyOnlyHostsLine = "127.0.0.1 " + ProxyOnlyHost;

    /// <summary>TLS in front of the receiver (HTTP/2 too when asked), with extra server directives (gzip, client certificates).</summary>
    public static Task<ServerProcess> TlsAsync(TestCertificates certificates, int upstreamPort, bool http2 = false, string extra = "", string httpExtra = "")
    {
        ArgumentNullException.ThrowIfNull(certificates);
        return Nginx.StartAsync(
            $"ssl_certificate {certificates.ServerCert}; ssl_certificate_key {certificates.ServerKey}; {extra}\n"
            + $"location / {{ proxy_pass http://127.0.0.1:{upstreamPort}; }}",
            http2 ? "ssl http2" : "ssl",
            httpExtra);
    }

    /// <summary>Plain HTTP: the receiver under <c>/gateway/</c> only when <paramref name="requiredKey"/> comes as X-Api-Key.</summary>
    public static Task<ServerProcess> BasePathAsync(int upstreamPort, string? requiredKey = null) =>
        Nginx.StartAsync(
            "location /gateway/ { "
            + (requiredKey is null ? "" : $"if ($http_x_api_key != \"{requiredKey}\") {{ return 403 'forbidden by the gateway'; }} ")
            + $"proxy_pass http://127.0.0.1:{upstreamPort}/; }}\n"
            + "location / { return 404 '<html><body>not found</body></html>'; }");

    /// <summary>Every request redirected with <paramref name="status"/> (301, 307, ...) to <paramref name="location"/>.</summary>
    public static Task<ServerProcess> RedirectAsync(int status, string location) =>
        Nginx.StartAsync($"location / {{ return {status} {location}; }}");

    /// <summary>A gateway whose upstream is down: nginx answers its own 502 page.</summary>
    public static Task<ServerProcess> UpstreamDownAsync() =>
        Nginx.StartAsync($"location / {{ proxy_pass http://127.0.0.1:{LoopbackPort.Free()}; }}");

    /// <summary>Plain HTTP/1.1 only, in front of the receiver (what an HTTP/2 request meets on a server without h2c).</summary>
    public static Task<ServerProcess> PlainAsync(int upstreamPort) =>
        Nginx.StartAsync($"location / {{ proxy_pass http://127.0.0.1:{upstreamPort}; }}");
}
