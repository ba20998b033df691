using Harness.Contract.Targets;
using Harness.Generators.Broken;

namespace Harness.Conformance.Running;

/// <summary>Where, as whom and how the checks send: the endpoint (base URL, key, token, headers, TLS, HTTP version, proxy).</summary>
internal sealed record TargetContext(TargetEndpoint Endpoint, bool Embedded)
{
    public Uri BaseUri => Endpoint.BaseUrl;

    public string Key => Endpoint.Key;

    public string? Token => Endpoint.Token;

    public IReadOnlyList<KeyValuePair<string, string>> Headers => Endpoint.Headers;

    public bool Insecure => Endpoint.Tls.Insecure;

    /// <summary>The target as reports show it (the base URL never carries the key).</summary>
    public string Display => Embedded ? $"{BaseUri} (embedded fake)" : BaseUri.ToString();

    /// <summary>
    /// Every secret that must be redacted wherever a request or an answer is shown: made once, as every check's
    /// result and curl lines are redacted with it (the record is never copied with another endpoint).
    /// </summary>
    public IReadOnlyList<string?> Secrets { get; } = [.. Endpoint.Secrets, .. KeyForms(Endpoint.Key)];

    // The key as the key checks send it (case swapped, percent-encoded, repeated past 255 characters)
    // gives the key away as surely as the key itself: each form is a secret too.
    private static IEnumerable<string> KeyForms(string key)
    {
        var prefix = Harness.Contract.Fields.IntegrationKeyRule.RoutePrefix + "/";
        var forms = Enum.GetValues<KeyVariant>().Where(v => v != KeyVariant.Unknown)
            .Select(v => KeyVariants.PathFor(v, key))
            .Where(p => p.Length > prefix.Length && p.StartsWith(prefix, StringComparison.Ordinal))
            .Select(p => p[prefix.Length..]);
        return forms.Append(Uri.EscapeDataString(key)).Where(f => f != key).Distinct(StringComparer.Ordinal);
    }

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
