namespace Harness.Fakes.Misbehaving.Receiving;

/// <summary>What the receiver needs of one HTTP request, independent of the host that took it.</summary>
/// <param name="Method">The HTTP method, upper case.</param>
/// <param name="RawPath">The path as sent, still percent-encoded, without the query.</param>
/// <param name="ContentType">The Content-Type header, or null when absent.</param>
/// <param name="Token">The <c>X-Auth-Token</c> header, or null when absent.</param>
/// <param name="Body">The body bytes exactly as received.</param>
internal sealed record InboundRequest(string Method, string RawPath, string? ContentType, string? Token, byte[] Body);
