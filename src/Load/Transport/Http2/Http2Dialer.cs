using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;

namespace Harness.Load.Transport.Http2;

/// <summary>Opens the byte stream an HTTP/2 session runs on: TCP to the first address that answers, then TLS with ALPN h2 when asked.</summary>
internal static class Http2Dialer
{
    /// <summary>
    /// A connected stream, or null when no address could be reached or the TLS server did not select h2 (it speaks
    /// HTTP/1.1 only: nothing is sent to it). Throws <see cref="OperationCanceledException"/> when <paramref name="token"/> fires.
    /// </summary>
    public static async Task<Stream?> DialAsync(IPAddress[] addresses, int port, SslClientAuthenticationOptions? tls, CancellationToken token)
    {
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            Stream? stream = null;
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, port), token).ConfigureAwait(false);
                stream = new NetworkStream(socket, ownsSocket: true);
                if (tls is null)
                {
                    return stream;
                }

                var secure = new SslStream(stream, leaveInnerStreamOpen: false);
                stream = secure;
                await secure.AuthenticateAsClientAsync(tls, token).ConfigureAwait(false);
                if (secure.NegotiatedApplicationProtocol == SslApplicationProtocol.Http2)
                {
                    return secure;
                }

                await secure.DisposeAsync().ConfigureAwait(false);
                return null;
            }
            catch (Exception ex) when (ex is SocketException or AuthenticationException or IOException or OperationCanceledException)
            {
                if (stream is not null)
                {
                    await stream.DisposeAsync().ConfigureAwait(false);
                }
                else
                {
                    socket.Dispose();
                }

                if (ex is OperationCanceledException)
                {
                    throw;
                }
            }
        }

        return null;
    }
}
