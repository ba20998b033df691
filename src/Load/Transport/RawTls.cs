using System.Net.Security;
using Harness.Contract.Targets;

namespace Harness.Load.Transport;

/// <summary>The raw transport's TLS settings: the same trust, client certificate and <c>--insecure</c> as every other way in.</summary>
internal static class RawTls
{
    /// <summary>
    /// Client options for <paramref name="target"/>, made once per run and shared by every connection (the
    /// certificate files are read once): verification from <see cref="TargetHandler.SslOptions"/>, the host for
    /// SNI and name checks, ALPN http/1.1 (the raw transport speaks nothing else). A new connection to a host
    /// name resumes the TLS session of an earlier one (the runtime's session cache; not for an IP literal).
    /// </summary>
    public static SslClientAuthenticationOptions Options(Uri target, TargetTls tls)
    {
        ArgumentNullException.ThrowIfNull(target);
        var options = TargetHandler.SslOptions(tls);
        options.TargetHost = target.IdnHost.Trim('[', ']');
        options.ApplicationProtocols = [SslApplicationProtocol.Http11];
        return options;
    }
}
