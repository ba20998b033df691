using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;

namespace Harness.Load.Transport;

/// <summary>Opens one connection for a raw transport (HTTP/1.1 or HTTP/2): TCP without Nagle to the first address that answers, then the TLS handshake when asked.</summary>
internal static class TransportDialer
{
    /// <summary>
    /// The connected socket and, for TLS, the authenticated stream over it; null when no address could be reached or
    /// every handshake failed. The handshake counts against the same <paramref name="token"/> as the connect; a
    /// reconnect to a host name resumes the TLS session (the runtime's session cache), one round trip less.
    /// Throws <see cref="OperationCanceledException"/> when <paramref name="token"/> fires.
    /// </summary>
    public static async Task<(Socket Socket, SslStream? Tls)?> DialAsync(
        IPAddress[] addresses, int port, SslClientAuthenticationOptions? tls, CancellationToken token)
    {
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            SslStream? secure = null;
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, port), token).ConfigureAwait(false);
                if (tls is not null)
                {
                    secure = new SslStream(new NetworkStream(socket, ownsSocket: true), leaveInnerStreamOpen: false);
                    await secure.AuthenticateAsClientAsync(tls, token).ConfigureAwait(false);
                }

                return (socket, secure);
            }
            catch (Exception ex) when (ex is SocketException or AuthenticationException or IOException or OperationCanceledException)
            {
                if (secure is not null)
                {
                    await secure.DisposeAsync().ConfigureAwait(false);
                }

                socket.Dispose();
                if (ex is OperationCanceledException)
                {
                    throw;
                }
            }
        }

        return null;
    }
}
