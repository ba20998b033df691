using Harness.Generators.Broken;

namespace Harness.Conformance.Running;

/// <summary>Where and as whom the checks send: the base URL, the key, the token and the extra headers.</summary>
internal sealed class TargetContext
{
    public TargetContext(Uri baseUri, string key, string? token, IReadOnlyList<KeyValuePair<string, string>> headers, bool embedded, bool insecure)
    {
        BaseUri = baseUri;
        Key = key;
        Token = token;
        Headers = headers;
        Embedded = embedded;
        Insecure = insecure;
    }

    public Uri BaseUri { get; }

    public string Key { get; }

    public string? Token { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

    public bool Embedded { get; }

    public bool Insecure { get; }

    /// <summary>The target as reports show it (the base URL never carries the key).</summary>
    public string Display => Embedded ? $"{BaseUri} (embedded fake)" : BaseUri.ToString();

    /// <summary>Every secret that must be redacted wherever a request is shown.</summary>
    public IEnumerable<string?> Secrets => [Key, Token, .. Headers.Select(h => h.Value)];

    /// <summary>The exact URL for a form of the key, under the base URL's own path.</summary>
    public string Url(KeyVariant variant) => UrlFor(KeyVariants.PathFor(variant, Key));

    /// <summary>The exact URL a request goes to: its own path if it has one, else its form of the key.</summary>
    public string Url(Checks.CheckRequest request) =>
        request.Path is { } path ? UrlFor(path.Replace(Checks.CheckRequest.KeyPlaceholder, Uri.EscapeDataString(Key), StringComparison.Ordinal)) : Url(request.Key);

    private string UrlFor(string path) =>
        $"{BaseUri.GetLeftPart(UriPartial.Authority)}{BaseUri.AbsolutePath.TrimEnd('/')}{path}";

    /// <summary>A token that differs from the configured one, for the wrong-token check.</summary>
    public string WrongToken => Token == "conformance-wrong-token" ? "conformance-wrong-token-2" : "conformance-wrong-token";
}
