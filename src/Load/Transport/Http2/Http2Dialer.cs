using System.Net;
using System.Net.Security;
using System.Net.Sockets;

namespace Harness.Load.Transport.Http2;

/// <summary>Opens the byte stream an HTTP/2 session runs on: the raw transports' connection, kept only when TLS selected h2.</summary>
internal static class Http2Dialer
{
    /// <summary>
    /// A connected stream, or null when no address could be reached or the TLS server did not select h2 (it speaks
    /// HTTP/1.1 only: nothing is sent to it). Throws <see cref="OperationCanceledException"/> when <paramref name="token"/> fires.
    /// </summary>
    public static async Task<Stream?> DialAsync(IPAddress[] addresses, int port, SslClientAuthenticationOptions? tls, CancellationToken token)
    {
        if (await TransportDialer.DialAsync(addresses, port, tls, token).ConfigureAwait(false) is not { } dialed)
        {
            return null;
        }

        if (dialed.Tls is null)
        {
            return new NetworkStream(dialed.Socket, ownsSocket: true);
        }

        if (dialed.Tls.NegotiatedApplicationProtocol == SslApplicationProtocol.Http2)
        {
            return dialed.Tls;
        }

        await dialed.Tls.DisposeAsync().ConfigureAwait(false);
        return null;
    }
}
