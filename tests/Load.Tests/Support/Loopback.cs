using System.Net;
using System.Net.Sockets;

namespace Harness.Load.Tests.Support;

internal static class Loopback
{
    /// <summary>A loopback port nothing listens on (bound, then released).</summary>
    public static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>A listener that accepts connections and never answers (every request times out).</summary>
    public static (TcpListener Listener, Uri Address) Silent()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start(128);
        _ = AcceptForeverAsync(listener);
        return (listener, new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/"));
    }

    private static async Task AcceptForeverAsync(TcpListener listener)
    {
        var held = new List<Socket>();
        try
        {
            while (true)
            {
                held.Add(await listener.AcceptSocketAsync());
            }
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
            foreach (var socket in held)
            {
                socket.Dispose();
            }
        }
    }
}
