using Harness.Load.Engine;
using Harness.Load.Phases;
using Harness.Load.Records;
using Harness.Load.Tests.Support;
using Harness.Load.Transport;
using Microsoft.Extensions.Time.Testing;

namespace Harness.Load.Tests.Engine;

/// <summary>Closed-loop users that each hold a connection of their own (users within connections): same books, fewer layers.</summary>
public class OwnedConnectionTests
{
    [Fact]
    public async Task RunCoreAsync_UsersWithinConnections_EachUserSendsOnItsOwnConnectionOnly()
    {
        var clock = new FakeTimeProvider();
        var transport = new OwningTransport(clock, TimeSpan.FromMilliseconds(100), connections: 4);
        var plan = Closed(new ConstantConcurrencyPhase { Name = "vu", Users = 3, Duration = TimeSpan.FromSeconds(1) }, connections: 4);

        var result = await RunAsync(clock, plan, transport);

        // 3 users x (1 s / 100 ms), each on its own connection; the fourth connection idle, nothing through the gate.
        Assert.Equal(0, transport.Shared);
        Assert.Equal(0, transport.Overlaps);
        var sends = transport.OwnedSends;
        Assert.All(sends[..3], n => Assert.InRange(n, 9, 11));
        Assert.Equal(0, sends[3]);
        Assert.Equal(sends.Sum(), result.Measured.Sent);
        Assert.Equal(result.Measured.Sent, result.Measured.Scheduled);
        Assert.Equal(result.Measured.Sent, result.Measured.Completed);
        Assert.True(result.Measured.AccountingHolds);
        // Ready time is the send time on an owned connection: response and service time are the same 100 ms.
        Assert.Equal(LatencyPercentiles.Ms(result.Measured.ResponseTime, 50), LatencyPercentiles.Ms(result.Measured.ServiceTime, 50));
        Assert.InRange(LatencyPercentiles.Ms(result.Measured.ResponseTime, 50), 99, 102);
    }

    [Fact]
    public async Task RunCoreAsync_MoreUsersThanConnections_SharesThroughTheGate()
    {
        var clock = new FakeTimeProvider();
        var transport = new OwningTransport(clock, TimeSpan.FromMilliseconds(100), connections: 2);
        var plan = Closed(new ConstantConcurrencyPhase { Name = "vu", Users = 3, Duration = TimeSpan.FromSeconds(1) }, connections: 2);

        var result = await RunAsync(clock, plan, transport);

        Assert.Equal(0, transport.OwnedSends.Sum());
        Assert.Equal(result.Measured.Sent, transport.Shared);
        Assert.InRange(result.Measured.Sent, 18L, 22L);
        Assert.True(result.Measured.AccountingHolds);
    }

    [Fact]
    public async Task RunCoreAsync_RampOnOwnedConnections_TurnsUsersOnOverTime()
    {
        var clock = new FakeTimeProvider();
        var transport = new OwningTransport(clock, TimeSpan.FromMilliseconds(50), connections: 4);
        var plan = Closed(new RampingConcurrencyPhase { Name = "ramp", From = 0, To = 4, Duration = TimeSpan.FromSeconds(2) }, connections: 4);

        var result = await RunAsync(clock, plan, transport);

        // User u is let in once the ramp passes u + 0.5 users: the later the user, the fewer its requests.
        var sends = transport.OwnedSends;
        Assert.Equal(0, transport.Shared);
        Assert.Equal(0, transport.Overlaps);
        Assert.True(sends[0] > sends[1] && sends[1] > sends[2] && sends[2] > sends[3], string.Join(", ", sends));
        Assert.InRange(sends[3], 1, 8);
        Assert.True(result.Measured.AccountingHolds);
    }

    [Fact]
    public async Task RunCoreAsync_IterationsOnOwnedConnections_SendsExactlyTheCount()
    {
        var clock = new FakeTimeProvider();
        var transport = new OwningTransport(clock, TimeSpan.FromMilliseconds(10), connections: 8);
        var plan = Closed(new IterationsPhase { Name = "it", Count = 37, Concurrency = 5 }, connections: 8);

        var result = await RunAsync(clock, plan, transport);

        Assert.Equal(37, transport.OwnedSends.Sum());
        Assert.Equal(0, transport.Shared);
        Assert.Equal(37, result.Measured.Sent);
        Assert.Equal(37, result.Measured.Scheduled);
        Assert.True(result.Measured.AccountingHolds);
    }

    private static LoadPlan Closed(Phase phase, int connections) =>
        Plans.Open(1, TimeSpan.FromSeconds(1)) with { Phases = [phase], Connections = connections, MaxInFlight = connections };

    private static Task<LoadRunRecord> RunAsync(FakeTimeProvider clock, LoadPlan plan, ILoadTransport transport) =>
        Plans.DriveAsync(clock, LoadEngine.RunCoreAsync(plan, [Plans.Valid], new LoadRunOptions { Clock = clock, CheckReachable = false },
            _ => Task.FromResult(transport), CancellationToken.None), TimeSpan.FromSeconds(20));
}
