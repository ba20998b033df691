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
            // An absolute-form target or an encoded prefix: fall back to the route value routing decoded.
            return keys.Find((context.Request.RouteValues["key"] as string).AsSpan(), out key);
        }

        var segment = path[IntegrationKeyRule.RoutePrefix.Length..];
        if (segment.StartsWith('/'))
        {
            segment = segment[1..];
        }

        if (segment.EndsWith('/'))
        {
            segment = segment[..^1];
        }

        return segment.Contains('%')
            ? keys.Find(Uri.UnescapeDataString(segment.ToString()), out key)
            : keys.Find(segment, out key);
    }

    /// <summary>The request carries exactly this token as <c>X-Auth-Token</c> (compared in constant time).</summary>
    internal static bool HasToken(HttpContext context, string token)
    {
        var values = context.Request.Headers[IntegrationKeyRule.TokenHeader];
        if (values.Count != 1 || values[0] is not { } given)
        {
            return false;
        }

        // Constant time, so the fake does not teach a client how to guess tokens byte by byte.
        return CryptographicOperations.FixedTimeEquals(
            MemoryMarshal.AsBytes(given.AsSpan()), MemoryMarshal.AsBytes(token.AsSpan()));
    }
}
