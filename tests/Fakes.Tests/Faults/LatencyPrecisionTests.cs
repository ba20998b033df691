using Harness.Contract.Envelopes;
using Harness.Fakes.Faults;
using Harness.Fakes.Tests.Support;

namespace Harness.Fakes.Tests.Faults;

/// <summary>The fake never answers before its configured latency, and stopping it lets answers in progress finish.</summary>
public sealed class LatencyPrecisionTests
{
    /// <summary>The system clock, except that its timers fire 4 ms early, as a coarse 250 Hz tick lets them.</summary>
    private sealed class EarlyTimers : TimeProvider
    {
        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
            System.CreateTimer(callback, state, dueTime > TimeSpan.FromMilliseconds(4) ? dueTime - TimeSpan.FromMilliseconds(4) : dueTime, period);
    }

    [Fact]
    public async Task HoldAnswerAsync_TimersFiringEarly_StillHoldsTheWholeLatency()
    {
        var clock = new EarlyTimers();
        var plan = new FaultPlan(new FakeReceiverOptions { Latency = LatencySpec.Fixed(TimeSpan.FromMilliseconds(20)), TimeProvider = clock });

        for (var i = 0; i < 10; i++)
        {
            var start = clock.GetTimestamp();
            await plan.HoldAnswerAsync(CancellationToken.None);
            var held = clock.GetElapsedTime(start);

            Assert.True(held >= TimeSpan.FromMilliseconds(20), $"held {held.TotalMilliseconds:0.###} ms");
        }
    }

    /// <summary>The system clock, telling when the fake starts holding an answer (the timer of its latency).</summary>
    private sealed class HoldSignal(TimeSpan latency) : TimeProvider
    {
        public TaskCompletionSource Holding { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            if (dueTime > latency / 2 && dueTime <= latency)
            {
                Holding.TrySetResult();
            }

            return System.CreateTimer(callback, state, dueTime, period);
        }
    }

    [Fact]
    public async Task StopAsync_AnswerInProgress_WaitsForItSoTheCountIsFinal()
    {
        // Stopped once the answer is being held, not after a fixed pause: on a busy machine the request may not have
        // reached the fake 200 ms after it was sent (seen in CI), and then nothing is in progress to wait for.
        var clock = new HoldSignal(TimeSpan.FromMilliseconds(600));
        var fake = await FakeReceiver.StartAsync(new FakeReceiverOptions { Keys = [FakeHttp.Key], Latency = LatencySpec.Fixed(TimeSpan.FromMilliseconds(600)), TimeProvider = clock });
        using var client = FakeHttp.ClientFor(fake);
        var sent = System.Diagnostics.Stopwatch.StartNew();
        var answer = FakeHttp.PostAsync(client, SpecBody.Json);
        await clock.Holding.Task.WaitAsync(TimeSpan.FromSeconds(30));

        await fake.StopAsync();

        // Not before the held answer went out (600 ms after it was sent), and that answer is a whole success.
        Assert.True(sent.Elapsed >= TimeSpan.FromMilliseconds(590), $"StopAsync returned {sent.Elapsed.TotalMilliseconds:0} ms after the send");
        (await answer).Is(ResponseKind.Success);
        Assert.Equal(1, fake.GetStats().Accepted);
        await fake.DisposeAsync();
    }
}
