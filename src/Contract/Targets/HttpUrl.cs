namespace Harness.Contract.Targets;

/// <summary>The one test of "an absolute http:// or https:// URL" that targets, scenarios and exporters pass.</summary>
public static class HttpUrl
{
    public static bool IsAbsoluteHttp(Uri? url) =>
        url is { IsAbsoluteUri: true } && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    /// <summary>Parses <paramref name="text"/> as an absolute http(s) URL; false (and null) when it is not one.</summary>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Uri? url)
    {
        url = Uri.TryCreate(text, UriKind.Absolute, out var parsed) && IsAbsoluteHttp(parsed) ? parsed : null;
        return url is not null;
    }
}
