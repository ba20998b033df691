using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Harness.Contract.Fields;
using Harness.Fakes.Store;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Harness.Fakes.Http;

/// <summary>
/// Finds the integration key in the request target and checks it, then the optional token
/// (DECISIONS rows 1, 2 and 19). The key is read from the raw target and percent-decoded exactly
/// once, since the decoded path Kestrel offers keeps <c>%2F</c> encoded.
/// </summary>
internal static class RequestAuth
{
    public static RejectionReason Check(HttpContext context, ReceiverCore core, out KeyState? key)
    {
        var reason = FindKey(context, core.Keys, out key);
        if (reason == RejectionReason.None && core.RequiredToken is { } token && !HasToken(context, token))
        {
            reason = RejectionReason.TokenInvalid;
        }

        return reason;
    }

    private static RejectionReason FindKey(HttpContext context, KeyRegistry keys, out KeyState? key)
    {
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? string.Empty;
        var path = raw.AsSpan();
        var query = path.IndexOf('?');
        if (query >= 0)
        {
            path = path[..query];
        }

        if (!path.StartsWith(IntegrationKeyRule.RoutePrefix, StringComparison.OrdinalIgnoreCase))
        {
            // An absolute-form target or an encoded prefix: the key as the decoded path holds it
            // (what the route value {key} would be; only the path guard or the route got it here).
            return keys.Find(KeySegment(context.Request.Path.Value.AsSpan()), out key);
        }

        var segment = KeySegment(path);
        return segment.Contains('%')
            ? keys.Find(Uri.UnescapeDataString(segment.ToString()), out key)
            : keys.Find(segment, out key);
    }

    /// <summary>The segment after the route prefix, without its slashes.</summary>
    private static ReadOnlySpan<char> KeySegment(ReadOnlySpan<char> path)
    {
        var segment = path.Length > IntegrationKeyRule.RoutePrefix.Length ? path[IntegrationKeyRule.RoutePrefix.Length..] : [];
        if (segment.StartsWith('/'))
        {
            segment = segment[1..];
        }

        if (segment.EndsWith('/'))
        {
            segment = segment[..^1];
        }

        return segment;
    }

    /// <summary>The request carries exactly this token as <c>X-Auth-Token</c> (compared in constant time).</summary>
    internal static bool HasToken(HttpContext context, string token)
    {
        var values = context.Request.Headers[IntegrationKeyRule.TokenHeader];
        if (values.Count != 1 || values[0] is not { } given)
        {
            return false;
        }

        return SameSecret(given, token);
    }

    /// <summary>Constant time, so the fake does not teach a client how to guess tokens byte by byte.</summary>
    internal static bool SameSecret(ReadOnlySpan<char> given, string token) =>
        CryptographicOperations.FixedTimeEquals(MemoryMarshal.AsBytes(given), MemoryMarshal.AsBytes(token.AsSpan()));
}
