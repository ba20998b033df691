using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Features;
using WireMock;

namespace Harness.Fakes.Misbehaving.Hosting;

/// <summary>
/// Keeps the request path exactly as sent. ASP.NET Core (and so WireMock) hands on a decoded
/// path, but the contract compares the key after decoding a still-encoded segment (DECISIONS
/// row 19), and one defect compares it undecoded: both need the raw target.
/// </summary>
internal static class RawTarget
{
    private const string Header = "X-Misbehaving-Raw-Target";

    /// <summary>Copies the raw request target into a private header before WireMock reads the request.</summary>
    public static void Install(object app)
    {
        ((IApplicationBuilder)app).Use(async (context, next) =>
        {
            context.Request.Headers.Remove(Header);
            var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
            if (!string.IsNullOrEmpty(raw))
            {
                context.Request.Headers[Header] = raw;
            }

            await next(context).ConfigureAwait(false);
        });
    }

    /// <summary>The raw path (query removed), or WireMock's path when the header is missing.</summary>
    public static string PathOf(IRequestMessage request)
    {
        string? raw = null;
        if (request.Headers is not null)
        {
            foreach (var (name, values) in request.Headers)
            {
                if (string.Equals(name, Header, StringComparison.OrdinalIgnoreCase) && values.Count > 0)
                {
                    raw = values[0];
                }
            }
        }

        raw ??= request.Path;
        var query = raw.IndexOf('?', StringComparison.Ordinal);
        return query < 0 ? raw : raw[..query];
    }
}
