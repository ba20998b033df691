using Harness.Load.Engine;
using Harness.Load.Phases;
using Harness.Load.Records;
using Harness.Load.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Harness.Load.Tests.Engine;

public class ClosedModelTests
{
    [Fact]
    public async Task RunCoreAsync_Iterations_SendsExactlyTheCount()
    {
        var clock = new FakeTimeProvider();
        var plan = Plans.Open(1, TimeSpan.FromSeconds(1)) with
        {
            Phases = [new IterationsPhase { Name = "it", Count = 37, Concurrency = 5 }],
        };
        var transport = new DelayTransport(clock, TimeSpan.FromMilliseconds(10));

        var run = LoadEngine.RunCoreAsync(plan, [Plans.Valid], new LoadRunOptions { Clock = clock, CheckReachable = false },
            _ => Task.FromResult<Harness.Load.Transport.ILoadTransport>(transport), CancellationToken.None);
        var result = await Plans.DriveAsync(clock, run, TimeSpan.FromSeconds(20));

        Assert.Equal(37, result.Measured.Sent);
        Assert.Equal(37, transport.Sent);
        Assert.True(result.Measured.AccountingHolds);
    }

    [Fact]
    public async Task RunCoreAsync_ConstantUsers_KeepsThatManyInFlight()
    {
        var clock = new FakeTimeProvider();
        var plan = Plans.Open(1, TimeSpan.FromSeconds(1)) with
        {
            Phases = [new ConstantConcurrencyPhase { Name = "vu", Users = 3, Duration = TimeSpan.FromSeconds(1) }],
        };
        var transport = new DelayTransport(clock, TimeSpan.FromMilliseconds(100));

        var run = LoadEngine.RunCoreAsync(plan, [Plans.Valid], new LoadRunOptions { Clock = clock, CheckReachable = false },
            _ => Task.FromResult<Harness.Load.Transport.ILoadTransport>(transport), CancellationToken.None);
        var result = await Plans.DriveAsync(clock, run, TimeSpan.FromSeconds(20));

        // 3 users x (1 s / 100 ms) = 30 requests, give or take the last round.
        Assert.InRange(result.Measured.Sent, 27L, 33L);
        Assert.True(result.Measured.AccountingHolds);
    }

    [Fact]
    public async Task RunCoreAsync_MoreUsersThanConnections_UsersTakeTurnsAndTheirWaitIsInTheResponseTime()
    {
        // 8 users share 2 connections of 100 ms answers: taking turns, each waits about 300 ms for a connection,
        // so its response time (from when it was ready) is about 400 ms. Before, a user whose answer came in took
        // its own freed connection again at once: 2 users kept both connections, reported 100 ms, and the other 6
        // starved a whole timeout out of the books (a closed run against nginx: p50 = service time, 114 dropped).
        var clock = new FakeTimeProvider();
        var plan = Plans.Open(1, TimeSpan.FromSeconds(1)) with
        {
            Phases = [new ConstantConcurrencyPhase { Name = "vu", Users = 8, Duration = TimeSpan.FromSeconds(3) }],
            RequestTimeout = TimeSpan.FromSeconds(2),
        };
        var transport = new DelayTransport(clock, TimeSpan.FromMilliseconds(100), capacity: 2);

        var run = LoadEngine.RunCoreAsync(plan, [Plans.Valid], new LoadRunOptions { Clock = clock, CheckReachable = false },
            _ => Task.FromResult<Harness.Load.Transport.ILoadTransport>(transport), CancellationToken.None);
        var result = await Plans.DriveAsync(clock, run, TimeSpan.FromSeconds(20));

        var m = result.Measured;
        Assert.True(m.AccountingHolds);
        Assert.Equal(0, m.Dropped);
        Assert.InRange(LatencyPercentiles.Ms(m.ResponseTime, 50), 300, 500);
        Assert.InRange(LatencyPercentiles.MaxMs(m.ResponseTime), 300, 600);
        Assert.InRange(LatencyPercentiles.Ms(m.ServiceTime, 50), 90, 120);
    }
}
