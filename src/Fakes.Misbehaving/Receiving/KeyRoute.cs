using Harness.Contract.Fields;

namespace Harness.Fakes.Misbehaving.Receiving;

/// <summary>Where a raw path lands: off the route (404), or on it with a raw key segment (maybe empty).</summary>
internal readonly record struct KeyRoute(bool OnRoute, string RawKey)
{
    /// <summary>
    /// Splits a still-encoded path. The prefix alone and the prefix with a trailing slash are on
    /// the route with an empty key (DECISIONS row 19: 401, not 404); more segments are off it.
    /// </summary>
    public static KeyRoute Parse(string rawPath, bool missingKeyIsOffRoute = false)
    {
        var prefix = IntegrationKeyRule.RoutePrefix;
        if (!rawPath.StartsWith(prefix, StringComparison.Ordinal))
        {
            return new KeyRoute(false, string.Empty);
        }

        var rest = rawPath.AsSpan(prefix.Length);
        if (rest.IsEmpty)
        {
            return new KeyRoute(!missingKeyIsOffRoute, string.Empty);
        }

        if (rest[0] != '/' || rest[1..].Contains('/'))
        {
            return new KeyRoute(false, string.Empty);
        }

        return new KeyRoute(true, rest[1..].ToString());
    }

    /// <summary>The key as the contract compares it: after percent-decoding.</summary>
    public string DecodedKey => Uri.UnescapeDataString(RawKey);
}
