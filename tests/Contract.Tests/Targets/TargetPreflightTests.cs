using System.Net;
using System.Net.Sockets;
using System.Text;
using Harness.Contract.Targets;

namespace Harness.Contract.Tests.Targets;

/// <summary>The pre-flight's words for a port where something other than an HTTP server listens (a raw loopback socket).</summary>
public sealed class TargetPreflightTests
{
    [Fact]
    public async Task RunAsync_ServerClosesAtOnce_SaysItClosedInWordsOnce()
    {
        var problem = await PreflightAgainstAsync(answer: null);

        Assert.Contains("closed the connection before a whole answer came", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("(ResponseEnded)", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("ResponseEnded:", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ServerSpeaksAnotherProtocol_SaysItIsNotHttp()
    {
        var problem = await PreflightAgainstAsync(answer: "SSH-2.0-OpenSSH_9.2\r\n");

        Assert.Contains("did not answer in HTTP", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("(InvalidResponse)", problem, StringComparison.Ordinal);
    }

    /// <summary>Accepts connections, reads each request, writes <paramref name="answer"/> (or nothing) and closes.</summary>
    private static async Task<string> PreflightAgainstAsync(string? answer)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        using var stop = new CancellationTokenSource();
        var server = Task.Run(async () =>
        {
            // Every connection the pre-flight opens gets the same treatment, until the test is done.
            while (!stop.IsCancellationRequested)
            {
                using var client = await listener.AcceptTcpClientAsync(stop.Token);
                var stream = client.GetStream();
                _ = await stream.ReadAsync(new byte[4096], stop.Token); // the request head; its length does not matter here
                if (answer is not null)
                {
                    await stream.WriteAsync(Encoding.ASCII.GetBytes(answer), stop.Token);
                }
            }
        });
        var endpoint = new TargetEndpoint { BaseUrl = new Uri($"http://127.0.0.1:{port}/"), Key = "preflightKey0123", Proxy = TargetProxy.None };

        var outcome = await TargetPreflight.RunAsync(endpoint, TimeSpan.FromSeconds(10), CancellationToken.None);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => server);

        Assert.False(outcome.Passed);
        return outcome.Problem!;
    }
}
