using System.Text;

namespace Harness.Load.Payloads;

/// <summary>
/// A payload made ready to send, once, before the run: the whole HTTP/1.1 request as bytes for the
/// raw transport, and the pieces HttpClient needs.
/// </summary>
internal sealed class PreparedRequest
{
    private PreparedRequest(LoadPayload payload, Uri uri, string? token, byte[] wire)
    {
        Payload = payload;
        Uri = uri;
        Token = token;
        Wire = wire;
    }

    /// <summary>The X-Auth-Token to send, if any (never logged).</summary>
    public string? Token { get; }

    public LoadPayload Payload { get; }

    /// <summary>The full address, key included (never logged).</summary>
    public Uri Uri { get; }

    /// <summary>Request line, headers and body, ready for a socket.</summary>
    public byte[] Wire { get; }

    public int ExpectedStatus => Payload.ExpectedStatus;

    public string ExpectedErrorCode => Payload.ExpectedErrorCode;

    /// <summary>The request address as shown to people: the key already redacted, not percent-encoded.</summary>
    public static string DisplayAddress(Uri target, string redactedKey)
    {
        return $"{target.GetLeftPart(UriPartial.Authority)}{target.AbsolutePath.TrimEnd('/')}{Harness.Contract.Fields.IntegrationKeyRule.RoutePrefix}/{redactedKey}";
    }

    /// <summary>The whole request for the raw transport; <paramref name="headers"/> are the user's extra ones (a Host among them replaces the URL's).</summary>
    public static PreparedRequest Prepare(LoadPayload payload, Uri address, string? token, IReadOnlyList<KeyValuePair<string, string>>? headers = null)
    {
        headers ??= [];
        var host = headers.FirstOrDefault(h => h.Key.Equals("Host", StringComparison.OrdinalIgnoreCase)).Value
            ?? (address.IsDefaultPort ? address.Host : $"{address.Host}:{address.Port}");
        var head = new StringBuilder(256)
            .Append("POST ").Append(address.PathAndQuery).Append(" HTTP/1.1\r\n")
            .Append("Host: ").Append(host).Append("\r\n")
            .Append("User-Agent: harness-load\r\n")
            .Append("Accept: application/json\r\n");
        foreach (var (name, value) in headers.Where(h => !h.Key.Equals("Host", StringComparison.OrdinalIgnoreCase)))
        {
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        if (payload.ContentType is not null)
        {
            head.Append("Content-Type: ").Append(payload.ContentType).Append("\r\n");
        }

        if (token is not null)
        {
            head.Append("X-Auth-Token: ").Append(token).Append("\r\n");
        }

        head.Append("Content-Length: ").Append(payload.Body.Length).Append("\r\n\r\n");
        var headBytes = Encoding.ASCII.GetBytes(head.ToString());
        var wire = new byte[headBytes.Length + payload.Body.Length];
        headBytes.CopyTo(wire, 0);
        payload.Body.Span.CopyTo(wire.AsSpan(headBytes.Length));
        return new PreparedRequest(payload, address, token, wire);
    }
}
