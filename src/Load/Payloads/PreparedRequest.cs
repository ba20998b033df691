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

    /// <summary>The request address for a target and key: the route is appended to the target's path.</summary>
    public static Uri AddressFor(Uri target, string key)
    {
        var basePath = target.AbsolutePath.TrimEnd('/');
        var builder = new UriBuilder(target) { Path = $"{basePath}/v1/event/huawei/custom/{Uri.EscapeDataString(key)}", Query = string.Empty };
        return builder.Uri;
    }

    /// <summary>The request address as shown to people: the key already redacted, not percent-encoded.</summary>
    public static string DisplayAddress(Uri target, string redactedKey)
    {
        ArgumentNullException.ThrowIfNull(target);
        return $"{target.GetLeftPart(UriPartial.Authority)}{target.AbsolutePath.TrimEnd('/')}/v1/event/huawei/custom/{redactedKey}";
    }

    public static PreparedRequest Prepare(LoadPayload payload, Uri address, string? token)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var head = new StringBuilder(256)
            .Append("POST ").Append(address.PathAndQuery).Append(" HTTP/1.1\r\n")
            .Append("Host: ").Append(address.IsDefaultPort ? address.Host : $"{address.Host}:{address.Port}").Append("\r\n")
            .Append("User-Agent: harness-load\r\n")
            .Append("Accept: application/json\r\n");
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
