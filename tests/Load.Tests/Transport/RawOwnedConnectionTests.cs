using Harness.Fakes;
using Harness.Generators.Pools;
using Harness.Load.Payloads;
using Harness.Fakes.Faults;
using Harness.Load.Engine;
using Harness.Load.Measurement;
using Harness.Load.Phases;
using Harness.Load.Records;
using Harness.Load.Tests.Support;

namespace Harness.Load.Tests.Transport;

/// <summary>Closed-loop users on raw connections of their own, against real sockets: every request still ends in the books.</summary>
public class RawOwnedConnectionTests
{
    private static readonly LoadRunOptions Direct = new() { CheckReachable = false };

    [Fact]
    public async Task RunAsync_UsersOwnConnections_EveryRequestAnsweredAndReconciledWithTheFake()
    {
        await using var fake = await FakeReceiver.StartAsync(new FakeReceiverOptions());
        var plan = Closed(fake.BaseAddress, users: 4, connections: 4, TimeSpan.FromMilliseconds(600), fake.Keys[0]);
        // A closed warm-up first (the fake's first answers take its JIT): the main phase's users take the same connections over.
        plan = plan with { Phases = [new WarmUpPhase { Name = "warm", Users = 4, Duration = TimeSpan.FromSeconds(1) }, .. plan.Phases] };

        // Alarms the fake accepts (Plans.Valid is only a shape), each sent as it is.
        var pool = PayloadPool.Build(new PayloadPoolOptions { Size = 20 });
        var alarms = Enumerable.Range(0, pool.Count).Select(i => new LoadPayload(pool[i].Body, pool[i].ContentType, pool[i].ExpectedStatus, pool[i].ExpectedErrorCode)).ToArray();

        var result = await LoadEngine.RunAsync(plan, alarms, Direct);

        var m = result.Measured;
        Assert.Equal("raw-http1.1", result.Transport);
        Assert.True(m.Sent > 20, $"sent {m.Sent}, accepted {m.Count(OutcomeKind.Accepted)}, timeouts {m.Count(OutcomeKind.Timeout)}, errors {m.Count(OutcomeKind.ConnectionError)}, unexpected {m.Count(OutcomeKind.UnexpectedAnswer)}, p50 {LatencyPercentiles.Ms(m.ResponseTime, 50)} ms");
        Assert.Equal(m.Sent, m.Count(OutcomeKind.Accepted));
        Assert.Equal(m.Sent + result.Warmup!.Sent, fake.GetStats().Accepted);
        Assert.Equal(result.Warmup.Sent, result.Warmup.Count(OutcomeKind.Accepted));
        Assert.Equal(m.Completed, m.ResponseTime.TotalCount);
        Assert.InRange(m.BytesOut, m.Sent * alarms.Min(a => a.Body.Length), m.Sent * alarms.Max(a => a.Body.Length));
        Assert.True(m.AccountingHolds);
    }

    [Fact]
    public async Task RunAsync_ServerClosesEveryConnectionAfterItsAnswer_EachRequestRetriedOnANewOne()
    {
        using var target = new Answering(200, "OK", """{"error_code":"COC.00000000","error_msg":"ok"}""", closeAfterAnswer: true);
        var plan = Closed(target.Address, users: 2, connections: 2, TimeSpan.FromMilliseconds(500));

        var result = await LoadEngine.RunAsync(plan, [Plans.Valid], Direct);

        var m = result.Measured;
        Assert.True(m.Sent > 10, $"sent {m.Sent}");
        Assert.Equal(0, m.Count(OutcomeKind.ConnectionError));
        Assert.Equal(m.Sent, m.Count(OutcomeKind.Accepted));
        Assert.True(m.AccountingHolds);
    }

    [Fact]
    public async Task RunAsync_SilentTargetUsersOwnConnections_EverySentRequestTimesOutAtItsBound()
    {
        var (listener, address) = Loopback.Silent();
        try
        {
            var plan = Closed(address, users: 2, connections: 2, TimeSpan.FromSeconds(1)) with { RequestTimeout = TimeSpan.FromMilliseconds(300) };

            var result = await LoadEngine.RunAsync(plan, [Plans.Valid], Direct);

            var m = result.Measured;
            Assert.InRange(m.Sent, 4, 8);
            Assert.Equal(m.Sent, m.Count(OutcomeKind.Timeout));
            Assert.InRange(LatencyPercentiles.MaxMs(m.FailedTime), 290, 400);
            Assert.True(m.AccountingHolds);
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public async Task RunAsync_CancelledWhileUsersWaitOnTheirConnections_PartialAndEveryRequestBooked()
    {
        await using var fake = await FakeReceiver.StartAsync(new FakeReceiverOptions { Latency = LatencySpec.Fixed(TimeSpan.FromSeconds(3)) });
        var plan = Closed(fake.BaseAddress, users: 3, connections: 3, TimeSpan.FromSeconds(10), fake.Keys[0]);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var result = await LoadEngine.RunAsync(plan, [Plans.Valid], Direct, cancel.Token);

        var m = result.Measured;
        Assert.True(result.Partial);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2.5), $"took {watch.Elapsed}: a cancelled request must not wait for its answer");
        Assert.Equal(3, m.Sent);
        Assert.Equal(3, m.Count(OutcomeKind.Cancelled));
        Assert.True(m.AccountingHolds);
    }

    private static LoadPlan Closed(Uri target, int users, int connections, TimeSpan duration, string key = "testkey0123456789testkey012345678") =>
        Plans.Open(1, duration, target, key) with
        {
            Phases = [new ConstantConcurrencyPhase { Name = "vu", Users = users, Duration = duration }],
            Connections = connections,
            MaxInFlight = connections,
        };
}
