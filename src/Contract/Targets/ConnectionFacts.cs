namespace Harness.Contract.Targets;

/// <summary>
/// What a run really used to reach its target, as found by the pre-flight: recorded in run.json and
/// shown in reports so a figure is never read without knowing how it was obtained. No secrets.
/// </summary>
public sealed record ConnectionFacts
{
    /// <summary>True for an https:// target.</summary>
    public required bool Tls { get; init; }

    /// <summary>How the certificate was checked ("verified (system trust store)", "skipped (--insecure)"); null without TLS.</summary>
    public string? TlsVerification { get; init; }

    /// <summary>With <c>--insecure</c>: why the certificate would not have been trusted, if it would not.</summary>
    public string? TlsUntrustedBecause { get; init; }

    /// <summary>True when a client certificate was offered (mutual TLS).</summary>
    public bool ClientCertificate { get; init; }

    /// <summary>The HTTP version asked for ("1.1" or "2").</summary>
    public required string HttpVersionRequested { get; init; }

    /// <summary>The HTTP version the server answered with; null when no answer came.</summary>
    public string? HttpVersionNegotiated { get; init; }

    /// <summary>The proxy's host and port (never credentials); null when requests go direct.</summary>
    public string? Proxy { get; init; }

    /// <summary>Where the proxy setting came from ("--proxy", "the environment ..."); null when direct.</summary>
    public string? ProxySource { get; init; }

    /// <summary>Extra headers sent with every request: names, values redacted.</summary>
    public IReadOnlyList<string> Headers { get; init; } = [];

    /// <summary>The pre-flight answer's <c>Server</c> header, as a hint of what is in front.</summary>
    public string? Server { get; init; }

    /// <summary>The facts known before any answer: what the endpoint description asks for.</summary>
    public static ConnectionFacts Planned(TargetEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var proxy = endpoint.Proxy.For(endpoint.BaseUrl);
        return new ConnectionFacts
        {
            Tls = endpoint.UsesTls,
            TlsVerification = endpoint.UsesTls ? endpoint.Tls.Verification : null,
            ClientCertificate = endpoint.UsesTls && endpoint.Tls.ClientCertificateFile is not null,
            HttpVersionRequested = endpoint.HttpVersion,
            Proxy = TargetProxy.Display(proxy),
            ProxySource = proxy is null ? null : endpoint.Proxy.Source,
            Headers = HeaderLines.Redacted(endpoint.Headers),
        };
    }

    /// <summary>One line for the console: "TLS verified (system trust store), HTTP/2, via proxy 127.0.0.1:3128".</summary>
    public string Describe()
    {
        var parts = new List<string> { Tls ? $"TLS {TlsVerification}" + (ClientCertificate ? " with a client certificate" : "") : "plain HTTP (no TLS)" };
        parts.Add($"HTTP/{HttpVersionNegotiated ?? HttpVersionRequested}");
        parts.Add(Proxy is null ? "direct (no proxy)" : $"via proxy {Proxy} (from {ProxySource})");
        if (Headers.Count > 0)
        {
            parts.Add($"extra headers {string.Join(", ", Headers)}");
        }

        return string.Join(", ", parts);
    }
}
