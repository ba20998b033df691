using System.Net;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Harness.Contract.Targets;

/// <summary>
/// The one place an endpoint's TLS, proxy and redirect rules become a <see cref="SocketsHttpHandler"/>,
/// so the load transport, the conformance transport and the pre-flight connect the same way.
/// Redirects are never followed, cookies never kept, bodies never decompressed behind the caller's back.
/// </summary>
public static class TargetHandler
{
    /// <summary>A handler for <paramref name="endpoint"/>; <paramref name="observer"/> (pre-flight) sees each certificate check.</summary>
    public static SocketsHttpHandler Create(TargetEndpoint endpoint, int maxConnections, TimeSpan connectTimeout, TlsObserver? observer = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
            MaxConnectionsPerServer = maxConnections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            ConnectTimeout = connectTimeout,
            // More streams than one connection allows (100 by default on most servers) open another.
            EnableMultipleHttp2Connections = true,
        };
        ApplyProxy(handler, endpoint);
        handler.SslOptions = SslOptions(endpoint.Tls, observer);
        return handler;
    }

    private static void ApplyProxy(SocketsHttpHandler handler, TargetEndpoint endpoint)
    {
        if (endpoint.Proxy.FromEnvironment)
        {
            return; // UseProxy with no Proxy set: HttpClient.DefaultProxy, i.e. the environment variables.
        }

        if (endpoint.Proxy.Address is not { } address)
        {
            handler.UseProxy = false;
            return;
        }

        var proxy = new WebProxy(new UriBuilder(address) { UserName = "", Password = "" }.Uri) { BypassProxyOnLocal = false };
        if (!string.IsNullOrEmpty(address.UserInfo))
        {
            var parts = address.UserInfo.Split(':', 2);
            proxy.Credentials = new NetworkCredential(Uri.UnescapeDataString(parts[0]), parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : "");
        }

        handler.Proxy = proxy;
        handler.UseProxy = true;
    }

    /// <summary>The TLS client options for these settings (also used by the raw TLS path).</summary>
    public static SslClientAuthenticationOptions SslOptions(TargetTls tls, TlsObserver? observer = null)
    {
        ArgumentNullException.ThrowIfNull(tls);
        var options = new SslClientAuthenticationOptions();
        if (tls.CaCertificateFile is { } caFile)
        {
            var trust = new X509Certificate2Collection();
            trust.ImportFromPemFile(caFile);
            // No revocation check, as with the system store (SslStream's default): private CAs rarely publish CRLs.
            options.CertificateChainPolicy = new X509ChainPolicy
            {
                TrustMode = X509ChainTrustMode.CustomRootTrust,
                RevocationMode = X509RevocationMode.NoCheck,
            };
            options.CertificateChainPolicy.CustomTrustStore.AddRange(trust);
        }

        if (tls.ClientCertificateFile is { } certFile)
        {
            options.ClientCertificates = [LoadClientCertificate(certFile, tls.ClientKeyFile)];
        }

        if (tls.Insecure || observer is not null)
        {
            var insecure = tls.Insecure;
            options.RemoteCertificateValidationCallback = (_, certificate, chain, errors) =>
            {
                observer?.Saw(certificate, chain, errors);
                return insecure || errors == SslPolicyErrors.None;
            };
        }

        return options;
    }

    private static X509Certificate2 LoadClientCertificate(string certFile, string? keyFile)
    {
        if (certFile.EndsWith(".p12", StringComparison.OrdinalIgnoreCase) || certFile.EndsWith(".pfx", StringComparison.OrdinalIgnoreCase))
        {
            return X509CertificateLoader.LoadPkcs12FromFile(certFile, password: null);
        }

        return X509Certificate2.CreateFromPemFile(certFile, keyFile);
    }
}
