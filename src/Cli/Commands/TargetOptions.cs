using System.CommandLine;

namespace Harness.Cli.Commands;

/// <summary>
/// The options that say how to reach a target, the same for <c>conformance</c> and <c>load</c>:
/// extra headers, TLS trust and client certificate, HTTP version and proxy (docs/targets.md).
/// </summary>
internal sealed class TargetOptions
{
    public Option<string[]> Header { get; } = new("--header") { Description = "Extra header 'Name: value' sent with every request, e.g. a gateway's 'X-Api-Key: ...' (repeatable; values are redacted everywhere)." };

    public Option<string> CaCert { get; } = new("--ca-cert") { Description = "PEM file of the CA(s) that signed the target's certificate (instead of the system trust store)." };

    public Option<string> ClientCert { get; } = new("--client-cert") { Description = "Client certificate for mutual TLS: PEM (with --client-key, or the key in the same file) or .p12/.pfx." };

    public Option<string> ClientKey { get; } = new("--client-key") { Description = "PEM private key of --client-cert." };

    public Option<string> HttpVersion { get; } = new("--http-version") { Description = "1.1 or 2 (HTTP/2 over TLS by ALPN, or cleartext with prior knowledge); checked before the run." };

    public Option<string> Proxy { get; } = new("--proxy") { Description = "Send through this proxy (http://[user:password@]host:port), or 'none'. Default: HTTP_PROXY/HTTPS_PROXY/NO_PROXY." };

    public TargetOptions() => HttpVersion.AcceptOnlyFromAmong("1.1", "2");

    public IEnumerable<Option> All => [Header, CaCert, ClientCert, ClientKey, HttpVersion, Proxy];

    /// <summary>The connection switches as given (headers apart: each command already carries them).</summary>
    public TargetSwitches Read(ParseResult parse) => new(
        parse.GetValue(CaCert), parse.GetValue(ClientCert), parse.GetValue(ClientKey), parse.GetValue(HttpVersion), parse.GetValue(Proxy));
}
