using Harness.Load.Payloads;
using Harness.Load.Transport.Http2.Hpack;

namespace Harness.Load.Transport.Http2;

/// <summary>
/// A request's header block, encoded once per run: every field but content-length is the same for every
/// request of a run (method, scheme, authority, path, accept, user-agent, token, the user's headers, content
/// type), so sending a request copies these bytes and appends its length.
/// </summary>
internal sealed class Http2RequestHead
{
    // Fields HTTP/2 forbids (RFC 9113 section 8.2.2); Host becomes :authority.
    private static readonly HashSet<string> ConnectionSpecific = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Proxy-Connection", "Transfer-Encoding", "Upgrade", "Host", "Content-Length",
    };

    private readonly byte[] _block;

    private Http2RequestHead(PreparedRequest request, byte[] block)
    {
        Uri = request.Uri;
        Token = request.Token;
        ContentType = request.Payload.ContentType;
        _block = block;
    }

    public Uri Uri { get; }

    public string? Token { get; }

    public string? ContentType { get; }

    /// <summary>The most bytes <see cref="Write"/> adds after the constant fields (content-length).</summary>
    public int MaxLength => _block.Length + 16;

    /// <summary>Whether <paramref name="request"/> has this head (the same objects: one address, token and content type per run).</summary>
    public bool Fits(PreparedRequest request) =>
        ReferenceEquals(request.Uri, Uri) && ReferenceEquals(request.Token, Token) && ReferenceEquals(request.Payload.ContentType, ContentType);

    public static Http2RequestHead For(PreparedRequest request, IReadOnlyList<KeyValuePair<string, string>> headers)
    {
        ArgumentNullException.ThrowIfNull(request);
        var uri = request.Uri;
        var block = new List<byte>(256);
        HpackEncoder.Indexed(block, HpackStaticTable.MethodPost);
        HpackEncoder.Indexed(block, uri.Scheme == Uri.UriSchemeHttps ? HpackStaticTable.SchemeHttps : HpackStaticTable.SchemeHttp);
        var authority = headers.FirstOrDefault(h => h.Key.Equals("Host", StringComparison.OrdinalIgnoreCase)).Value
            ?? (uri.IsDefaultPort ? uri.Host : $"{uri.Host}:{uri.Port}");
        HpackEncoder.Literal(block, HpackStaticTable.Authority, authority);
        HpackEncoder.Literal(block, HpackStaticTable.Path, uri.PathAndQuery);
        HpackEncoder.Literal(block, HpackStaticTable.UserAgent, "harness-load");
        HpackEncoder.Literal(block, HpackStaticTable.Accept, "application/json");
        foreach (var (name, value) in headers.Where(h => !ConnectionSpecific.Contains(h.Key)))
        {
            HpackEncoder.Literal(block, name, value);
        }

        if (request.Payload.ContentType is { } contentType)
        {
            HpackEncoder.Literal(block, HpackStaticTable.ContentType, contentType);
        }

        if (request.Token is { } token)
        {
            HpackEncoder.Literal(block, "x-auth-token", token);
        }

        return new Http2RequestHead(request, [.. block]);
    }

    /// <summary>Writes the whole block for a body of <paramref name="contentLength"/> bytes; returns its length.</summary>
    public int Write(Span<byte> destination, int contentLength)
    {
        _block.CopyTo(destination);
        return _block.Length + HpackEncoder.ContentLength(destination[_block.Length..], contentLength);
    }
}
