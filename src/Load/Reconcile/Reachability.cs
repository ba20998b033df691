using System.Net;
using System.Net.Sockets;

namespace Harness.Load.Reconcile;

/// <summary>Checks, before any load, that the target accepts a TCP connection (else: exit 3 with a clear message).</summary>
internal static class Reachability
{
    /// <summary>Null when a connection opened; otherwise why not.</summary>
    public static async Task<string?> ProblemAsync(Uri target, TimeSpan timeout, CancellationToken token)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(token);
        deadline.CancelAfter(timeout);
        try
        {
            var addresses = IPAddress.TryParse(target.IdnHost.Trim('[', ']'), out var literal)
                ? [literal]
                : await Dns.GetHostAddressesAsync(target.IdnHost, deadline.Token).ConfigureAwait(false);
            SocketException? last = null;
            foreach (var address in addresses)
            {
                using var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
                try
                {
                    await socket.ConnectAsync(new IPEndPoint(address, target.Port), deadline.Token).ConfigureAwait(false);
                    return null;
                }
                catch (SocketException ex)
                {
                    last = ex;
                }
            }

            return $"no connection to {target.Host}:{target.Port}: {last?.Message ?? "the name resolved to no address"}";
        }
        catch (SocketException ex)
        {
            return $"cannot resolve {target.Host}: {ex.Message}";
        }
        catch (OperationCanceledException) when (!token.IsCancellationRequested)
        {
            return $"no connection to {target.Host}:{target.Port} within {timeout.TotalSeconds:0.#} s";
        }
    }
}
