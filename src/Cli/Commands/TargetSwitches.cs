using Harness.Contract.Targets;

namespace Harness.Cli.Commands;

/// <summary>The parsed connection options of <see cref="TargetOptions"/>, before they become a <see cref="TargetEndpoint"/>'s parts.</summary>
internal sealed record TargetSwitches(string? CaCert = null, string? ClientCert = null, string? ClientKey = null, string? HttpVersion = null, string? Proxy = null)
{
    public TargetTls Tls(bool insecure) => new()
    {
        Insecure = insecure, CaCertificateFile = CaCert, ClientCertificateFile = ClientCert, ClientKeyFile = ClientKey,
    };

    /// <summary>The proxy setting, or a problem naming --proxy.</summary>
    public TargetProxy ParseProxy(List<string> problems)
    {
        if (TargetProxy.Parse(Proxy) is { } proxy)
        {
            return proxy;
        }

        problems.Add($"--proxy: '{TargetProxy.Display(Uri.TryCreate(Proxy, UriKind.Absolute, out var u) ? u : null) ?? "(not a URL)"}' must be http://host:port (with no path) or 'none'");
        return TargetProxy.Environment;
    }
}
