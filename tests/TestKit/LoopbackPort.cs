using System.Net;
using System.Net.Sockets;

namespace Harness.TestKit;

/// <summary>Free loopback ports for servers the tests start.</summary>
public static class LoopbackPort
{
    /// <summary>A port nothing listens on right now (bound, then released).</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>
    /// A free port below the kernel's ephemeral range, for a server that starts after its clients:
    /// a client retrying a port nothing listens on yet can be handed that very port as its own
    /// source port (TCP self-connect) and hold it, which an ephemeral port from <see cref="Free"/> risks.
    /// </summary>
    public static int FreeOutsideEphemeral()
    {
        var low = 32768;
        var range = "/proc/sys/net/ipv4/ip_local_port_range";
        if (File.Exists(range) && int.TryParse(File.ReadAllText(range).Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries)[0], out var first))
        {
            low = first;
        }

        for (var attempt = 0; attempt < 200; attempt++)
        {
            var port = Random.Shared.Next(10_000, Math.Max(10_001, low));
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                listener.Stop();
                return port;
            }
            catch (SocketException)
            {
                // taken: try another
            }
        }

        return Free();
    }

    /// <summary>Waits until something accepts TCP connections on 127.0.0.1:<paramref name="port"/>.</summary>
    public static async Task<bool> WaitForListenerAsync(int port, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            using var client = new TcpClient();
            try
            {
                await client.ConnectAsync(IPAddress.Loopback, port);
                return true;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        return false;
    }
}
