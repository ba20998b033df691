using System.Net.Sockets;
using System.Text;
using Harness.Contract.Envelopes;
using Harness.Fakes.Faults;
using Harness.Fakes.Tests.Support;

namespace Harness.Fakes.Tests.Api;

/// <summary>
/// The handler answers synchronously when the body is already in Kestrel's buffer and falls back to
/// reading it as it arrives otherwise; both ways give the same answers, counts and handling times,
/// with and without the journal and held answers.
/// </summary>
public sealed class AnswerPathTests
{
    private static async Task<string> TrickleAsync(FakeReceiver fake, byte[] body, int pieces)
    {
        using var socket = new TcpClient { NoDelay = true };
        await socket.ConnectAsync(fake.BaseAddress.Host, fake.BaseAddress.Port);
        var stream = socket.GetStream();
        var head = $"POST {FakeHttp.PathFor(FakeHttp.Key)} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        var size = (body.Length + pieces - 1) / pieces;
        for (var at = 0; at < body.Length; at += size)
        {
            await stream.WriteAsync(body.AsMemory(at, Math.Min(size, body.Length - at)));
            await stream.FlushAsync();
            await Task.Delay(5);
        }

        var answer = new byte[4096];
        var read = await stream.ReadAsync(answer);
        return Encoding.UTF8.GetString(answer, 0, read);
    }

    [Fact]
    public async Task Post_BodiesWholeAndInFortyPieces_SameAnswersAndEveryRequestTimed()
    {
        await using var fake = await FakeHttp.StartAsync();
        using var client = FakeHttp.ClientFor(fake);
        var valid = Encoding.UTF8.GetBytes(SpecBody.WithTexts(("alarmId", "pieces")));
        var broken = Encoding.UTF8.GetBytes(SpecBody.WithTexts(("alarmName", new string('n', 300))));

        (await FakeHttp.PostAsync(client, SpecBody.Json)).Is(ResponseKind.Success);
        Assert.StartsWith("HTTP/1.1 200", await TrickleAsync(fake, valid, 40), StringComparison.Ordinal);
        var refused = await TrickleAsync(fake, broken, 40);
        (await FakeHttp.SendAsync(client, HttpMethod.Get, FakeHttp.PathFor(FakeHttp.Key), null)).Is(ResponseKind.MethodNotAllowed);

        Assert.StartsWith("HTTP/1.1 400", refused, StringComparison.Ordinal);
        Assert.Contains("alarmName", refused, StringComparison.Ordinal);
        var stats = fake.GetStats();
        Assert.Equal((2L, 2L, 4L), (stats.Accepted, stats.Rejected, stats.HandlingTime!.Count));
        Assert.Equal(2, stats.Alarms.Active);
    }

    [Fact]
    public async Task Post_TrickledBodyWithJournalAndLatency_JournaledHeldAndAnswered()
    {
        var path = Path.Combine(Path.GetTempPath(), $"fake-journal-{Guid.NewGuid():N}.ndjson");
        try
        {
            await using (var fake = await FakeReceiver.StartAsync(new FakeReceiverOptions
            {
                Keys = [FakeHttp.Key], JournalPath = path, Latency = LatencySpec.Fixed(TimeSpan.FromMilliseconds(30)),
            }))
            {
                using var client = FakeHttp.ClientFor(fake);
                var started = TimeProvider.System.GetTimestamp();
                Assert.StartsWith("HTTP/1.1 200", await TrickleAsync(fake, Encoding.UTF8.GetBytes(SpecBody.WithTexts(("alarmId", "slow"))), 12), StringComparison.Ordinal);
                (await FakeHttp.PostAsync(client, SpecBody.WithTexts(("alarmId", "fast")))).Is(ResponseKind.Success);

                Assert.True(TimeProvider.System.GetElapsedTime(started) >= TimeSpan.FromMilliseconds(60));
                Assert.True(fake.GetStats().HandlingTime!.P50Ms >= 30);
            }

            var lines = await File.ReadAllLinesAsync(path);
            Assert.Equal(2, lines.Length);
            Assert.Contains("\"slow\"", lines[0], StringComparison.Ordinal);
            Assert.Contains("\"fast\"", lines[1], StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
