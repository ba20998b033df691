using Harness.Contract.Envelopes;
using Harness.Fakes.Faults;
using Harness.Fakes.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Harness.Fakes.Tests.Faults;

/// <summary>Each fault option through real HTTP; time-based ones on a fake clock.</summary>
public sealed class FaultOptionTests
{
    private static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task RateLimit_Excess_Is429WithGatewayMessageAndRetryAfter()
    {
        var clock = new FakeTimeProvider(Epoch);
        await using var fake = await FakeReceiver.StartAsync(new FakeReceiverOptions
        {
            Keys = [FakeHttp.Key], RateLimit = new RateLimitSpec(2), TimeProvider = clock,
        });
        using var client = FakeHttp.ClientFor(fake);

        (await FakeHttp.PostAsync(client, SpecBody.Json)).Is(ResponseKind.Success);
        (await FakeHttp.PostAsync(client, SpecBody.Json)).Is(ResponseKind.Success);
        var throttled = await FakeHttp.PostAsync(client, SpecBody.Json);
        clock.Advance(TimeSpan.FromSeconds(1));
        var after = await FakeHttp.PostAsync(client, SpecBody.Json);

        throttled.Is(ResponseKind.Throttled).WithMessage(ResponseCodes.ThrottledMessage(2));
        Assert.Equal(TimeSpan.FromSeconds(1), throttled.Response.Headers.RetryAfter?.Delta);
        after.Is(ResponseKind.Success);
        Assert.Equal(1, fake.GetStats().ByReason["throttled"]);
    }

    [Fact]
    public async Task RateLimit_IsPerKey()
    {
        var clock = new FakeTimeProvider(Epoch);
        const string other = "anotherKeyForRateLimit0123456789";
        await using var fake = await FakeReceiver.StartAsync(new FakeReceiverOptions
        {
            Keys = [FakeHttp.Key, other], RateLimit = new RateLimitSpec(1), TimeProvider = clock,
        });
        using var client = FakeHttp.ClientFor(fake);

        (await FakeHttp.PostAsync(client, SpecBody.Json)).Is(ResponseKind.Success);
        (await FakeHttp.PostAsync(client, SpecBody.Json)).Is(ResponseKind.Throttled);
        (await FakeHttp.PostAsync(client, SpecBody.Json, key: other)).Is(ResponseKind.Success);
    }

    [Fact]
    public async Task ErrorRate_One_AnswersEveryAuthorisedRequest500AndStoresNothing()
    {
        await using var fake = await FakeReceiver.StartAsync(new FakeReceiverOptions { Keys = [FakeHttp.Key], ErrorRate = 1 });
        using var client = FakeHttp.ClientFor(fake);

        for (var i = 0; i < 5; i++)
        {
            (await FakeHttp.PostAsync(client, SpecBody.Json)).Is(ResponseKind.ServerError);
        }

        (await FakeHttp.PostAsync(client, SpecBody.Json, key: "unknown")).Is(ResponseKind.Unauthorized);
        var stats = fake.GetStats();
        Assert.Equal((0L, 5L, 0L), (stats.Accepted, stats.ByStatus[500], stats.Alarms.Raised));
        Assert.Equal(5, stats.ByReason["injectedError"]);
    }

    [Fact]
    public async Task ErrorRate_Half_FailsAboutHalfAndTheRestSucceed()
    {
        await using var fake = await FakeReceiver.StartAsync(new FakeReceiverOptions { Keys = [FakeHttp.Key], ErrorRate = 0.5, FaultSeed = 7 });
        using var client = FakeHttp.ClientFor(fake);

        var failed = 0;
        for (var i = 0; i < 200; i++)
        {
            var answer = await FakeHttp.PostAsync(client, SpecBody.Json);
            failed += answer.Status == 500 ? 1 : 0;
            Assert.Contains(answer.Status, new[] { 200, 500 });
        }

        Assert.InRange(failed, 60, 140);
        Assert.Equal(200 - failed, fake.GetStats().Accepted);
    }

    [Fact]
    public async Task Latency_Fixed_HoldsTheAnswerUntilTheClockMoves()
    {
        var clock = new FakeTimeProvider(Epoch);
        await using var fake = await FakeReceiver.StartAsync(new FakeReceiverOptions
        {
            Keys = [FakeHttp.Key], Latency = LatencySpec.Fixed(TimeSpan.FromSeconds(30)), TimeProvider = clock,
        });
        using var client = FakeHttp.ClientFor(fake);

        var pending = FakeHttp.PostAsync(client, SpecBody.Json);
        await WaitForAsync(() => fake.GetStats().Accepted == 1);
        await Task.Delay(200);
        Assert.False(pending.IsCompleted, "the answer came before the latency passed");

        clock.Advance(TimeSpan.FromSeconds(30));
        (await pending).Is(ResponseKind.Success);
    }

    [Fact]
    public async Task Stall_RequestDuringAStall_WaitsUntilItEnds()
    {
        var clock = new FakeTimeProvider(Epoch);
        await using var fake = await FakeReceiver.StartAsync(new FakeReceiverOptions
        {
            Keys = [FakeHttp.Key], Stall = new StallSpec(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(10)), TimeProvider = clock,
        });
        using var client = FakeHttp.ClientFor(fake);
        (await FakeHttp.PostAsync(client, SpecBody.Json)).Is(ResponseKind.Success);

        clock.Advance(TimeSpan.FromSeconds(10.5));
        var pending = FakeHttp.PostAsync(client, SpecBody.Json);
        await WaitForAsync(() => fake.GetStats().Accepted == 2);
        await Task.Delay(200);
        Assert.False(pending.IsCompleted, "the answer came during a stall");

        clock.Advance(TimeSpan.FromSeconds(1.5));
        (await pending).Is(ResponseKind.Success);
        clock.Advance(TimeSpan.FromSeconds(1));
        (await FakeHttp.PostAsync(client, SpecBody.Json)).Is(ResponseKind.Success);
    }

    [Fact]
    public async Task Latency_AdminSurface_IsNeverDelayed()
    {
        var clock = new FakeTimeProvider(Epoch);
        await using var fake = await FakeReceiver.StartAsync(new FakeReceiverOptions
        {
            Keys = [FakeHttp.Key], Latency = LatencySpec.Fixed(TimeSpan.FromMinutes(1)), TimeProvider = clock,
        });
        using var client = FakeHttp.ClientFor(fake);

        using var response = await client.GetAsync("/_fake/stats");

        Assert.True(response.IsSuccessStatusCode);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition(), "the receiver never got the request");
    }
}
