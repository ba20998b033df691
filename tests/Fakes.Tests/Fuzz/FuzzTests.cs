using System.Collections.Concurrent;
using Harness.Contract;
using Harness.Contract.Envelopes;
using Harness.Fakes.Tests.Support;

namespace Harness.Fakes.Tests.Fuzz;

/// <summary>
/// Throws 10,000 random and mutated bodies at both profiles: never a 5xx, never a crash, and
/// a well-formed envelope whose code matches its status on every answer.
/// </summary>
public sealed class FuzzTests
{
    private const int Bodies = 10_000;
    private const int Workers = 8;
    private const int Seed = 20_260_101;

    private static readonly string?[] ContentTypes =
        ["application/json", "application/json;charset=UTF-8", null, "text/plain", "application/json; charset=latin1", "*/*"];

    [Fact]
    public async Task Post_TenThousandHostileBodies_AlwaysAnEnvelopeNeverA5xx()
    {
        await using var strict = await FakeHttp.StartAsync(Profile.Strict);
        await using var lenient = await FakeHttp.StartAsync(Profile.Lenient);
        using var strictClient = FakeHttp.ClientFor(strict);
        using var lenientClient = FakeHttp.ClientFor(lenient);
        var failures = new ConcurrentQueue<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        var next = -1;

        await Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => Task.Run(async () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < Bodies && failures.Count < 10)
            {
                var random = new Random(Seed + index);
                var body = new BodyMutator(random).Next();
                var contentType = ContentTypes[random.Next(ContentTypes.Length)];
                var client = index % 2 == 0 ? strictClient : lenientClient;
                try
                {
                    var answer = await FakeHttp.SendAsync(client, HttpMethod.Post, FakeHttp.PathFor(FakeHttp.Key), body, contentType);
                    statuses.AddOrUpdate(answer.Status, 1, (_, n) => n + 1);
                    if (answer.Status >= 500 || ResponseCodes.KindOf(answer.Status) is not { } kind || ResponseCodes.For(kind).ErrorCode != answer.Envelope.ErrorCode)
                    {
                        failures.Enqueue($"body #{index}: {answer.Status} {answer.Envelope.ErrorCode} {answer.Envelope.ErrorMsg}");
                    }
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    failures.Enqueue($"body #{index}: {ex.GetType().Name}: {ex.Message}");
                }
            }
        })));

        Assert.True(failures.IsEmpty, string.Join("\n", failures));
        Assert.Equal(Bodies, statuses.Values.Sum());
        Assert.True(statuses.ContainsKey(200) && statuses.ContainsKey(400) && statuses.ContainsKey(413),
            "the mix should reach accepted, rejected and oversized answers: " + string.Join(", ", statuses.Select(s => $"{s.Key}={s.Value}")));
        var strictStats = strict.GetStats();
        var lenientStats = lenient.GetStats();
        Assert.Equal(Bodies, strictStats.Accepted + strictStats.Rejected + lenientStats.Accepted + lenientStats.Rejected);
        Assert.Equal(0, strictStats.ByStatus[500] + lenientStats.ByStatus[500]);
        (await FakeHttp.PostAsync(strictClient, SpecBody.Json)).Is(ResponseKind.Success);
    }
}
