namespace Harness.Contract.Targets;

/// <summary>
/// One receiver as both commands reach it: where (base URL, under which the route is appended),
/// as whom (key, token, extra headers such as a gateway's <c>X-Api-Key</c>), and how (TLS,
/// HTTP version, proxy). Every value that is a credential is redacted wherever it is shown.
/// </summary>
public sealed record TargetEndpoint
{
    /// <summary>Base URL of the receiver; its path (a gateway's <c>/gateway/</c>) is kept.</summary>
    public required Uri BaseUrl { get; init; }

    /// <summary>The integration key (a secret).</summary>
    public required string Key { get; init; }

    /// <summary>The optional <c>X-Auth-Token</c> (a secret).</summary>
    public string? Token { get; init; }

    /// <summary>Extra headers sent with every request; their values are treated as secrets.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    public TargetTls Tls { get; init; } = new();

    /// <summary>"1.1" or "2" (HTTP/2 over TLS via ALPN, or cleartext with prior knowledge).</summary>
    public string HttpVersion { get; init; } = "1.1";

    public TargetProxy Proxy { get; init; } = TargetProxy.Environment;

    /// <summary>The route for this key under the base URL's path.</summary>
    public Uri RouteUrl => RouteFor(BaseUrl, Key);

    public bool UsesTls => BaseUrl.Scheme == Uri.UriSchemeHttps;

    /// <summary>Every secret that must be redacted wherever a request or an error is shown.</summary>
    public IEnumerable<string?> Secrets => [Key, Token, .. Headers.Select(h => h.Value)];

    // A record prints every member by default, and this one holds credentials: a plan or options that
    // hold an endpoint would print the key in a log line. Secrets print as "***", the proxy as host:port.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("BaseUrl = ").Append(BaseUrl)
            .Append(", Key = ***, Token = ").Append(Token is null ? "none" : "***")
            .Append(", Headers = [").AppendJoin(", ", Headers.Select(h => h.Key + ": ***")).Append(']')
            .Append(", Tls = ").Append(Tls)
            .Append(", HttpVersion = ").Append(HttpVersion)
            .Append(", Proxy = ").Append(TargetProxy.Display(Proxy.Address) ?? Proxy.Source);
        return true;
    }

    /// <summary>The route address for a target and key (the key percent-encoded).</summary>
    public static Uri RouteFor(Uri baseUrl, string key)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        var builder = new UriBuilder(baseUrl)
        {
            Path = baseUrl.AbsolutePath.TrimEnd('/') + Fields.IntegrationKeyRule.PathFor(key),
            Query = string.Empty,
        };
        return builder.Uri;
    }

    /// <summary>Every problem with this description, each naming its option; empty when it is usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!HttpUrl.IsAbsoluteHttp(BaseUrl))
        {
            problems.Add($"--target: '{BaseUrl}' is not an absolute http:// or https:// URL");
        }

        if (HttpVersion is not ("1.1" or "2"))
        {
            problems.Add($"--http-version: '{HttpVersion}' must be 1.1 or 2");
        }

        problems.AddRange(HeaderLines.Validate(Headers));
        if (!UsesTls && (Tls.CaCertificateFile is not null || Tls.ClientCertificateFile is not null))
        {
            problems.Add("--ca-cert/--client-cert: the target is plain http://; TLS options need an https:// target");
        }

        problems.AddRange(Tls.Validate());
        return problems;
    }
}
