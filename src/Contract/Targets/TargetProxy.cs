namespace Harness.Contract.Targets;

/// <summary>
/// Which proxy requests go through: the environment's (<c>HTTP_PROXY</c>, <c>HTTPS_PROXY</c>,
/// <c>ALL_PROXY</c>, <c>NO_PROXY</c>, as HttpClient reads them), an explicit one, or none.
/// </summary>
public sealed record TargetProxy
{
    private TargetProxy(Uri? address, bool fromEnvironment)
    {
        Address = address;
        FromEnvironment = fromEnvironment;
    }

    /// <summary>Whatever the environment variables say (the default).</summary>
    public static TargetProxy Environment { get; } = new(null, fromEnvironment: true);

    /// <summary>Straight to the target, whatever the environment says (<c>--proxy none</c>).</summary>
    public static TargetProxy None { get; } = new(null, fromEnvironment: false);

    /// <summary>The proxy given explicitly (<c>--proxy URL</c>); null for <see cref="Environment"/> and <see cref="None"/>.</summary>
    public Uri? Address { get; }

    public bool FromEnvironment { get; }

    /// <summary>An explicit proxy (<c>http://host:port</c>).</summary>
    public static TargetProxy Explicit(Uri address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return new(address, fromEnvironment: false);
    }

    /// <summary>Parses <c>--proxy</c>: a http:// URL, or <c>none</c>/<c>direct</c>; null when it is neither.</summary>
    public static TargetProxy? Parse(string? text) =>
        text is null ? Environment
        : text is "none" or "direct" ? None
        : Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp && uri.AbsolutePath == "/" ? Explicit(uri)
        : null;

    /// <summary>The proxy a request to <paramref name="target"/> goes through, or null when it goes direct.</summary>
    public Uri? For(Uri target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (!FromEnvironment)
        {
            return Address;
        }

        var system = HttpClient.DefaultProxy;
        return system.IsBypassed(target) ? null : system.GetProxy(target) is { } proxy && proxy != target ? proxy : null;
    }

    /// <summary>The proxy as reports show it: host and port only (never credentials or a path).</summary>
    public static string? Display(Uri? proxy) => proxy is null ? null : $"{proxy.Host}:{proxy.Port}";

    /// <summary>Where the proxy setting came from, for notices.</summary>
    public string Source => FromEnvironment ? "the environment (HTTP_PROXY/HTTPS_PROXY)" : Address is null ? "--proxy none" : "--proxy";
}
