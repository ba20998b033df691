using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Harness.Load.Tests.Support;

/// <summary>A loopback server that answers every request with the same raw HTTP response (a proxy's 502, a 403 page).</summary>
internal sealed class Answering : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly byte[] _answer;

    private readonly bool _closeAfterAnswer;

    /// <param name="closeAfterAnswer">Close each connection after its first answer, without saying so (no Connection: close).</param>
    public Answering(int status, string reason, string body = "<html>not the API</html>", bool closeAfterAnswer = false)
    {
        _closeAfterAnswer = closeAfterAnswer;
        _answer = Encoding.ASCII.GetBytes($"HTTP/1.1 {status} {reason}\r\nContent-Type: text/html\r\nContent-Length: {body.Length}\r\n\r\n{body}");
        _listener.Start(128);
        Address = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _ = AcceptAsync();
    }

    public Uri Address { get; }

    public void Dispose() => _listener.Stop();

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                _ = ServeAsync(await _listener.AcceptSocketAsync());
            }
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
            // Stopped.
        }
    }

    // One answer per request head read (the bodies are small and arrive with their heads on loopback).
    private async Task ServeAsync(Socket socket)
    {
        using (socket)
        {
            var buffer = new byte[64 * 1024];
            try
            {
                while (await socket.ReceiveAsync(buffer) > 0)
                {
                    await socket.SendAsync(_answer);
                    if (_closeAfterAnswer)
                    {
                        break;
                    }
                }
            }
            catch (SocketException)
            {
                // The client went away.
            }
        }
    }
}
