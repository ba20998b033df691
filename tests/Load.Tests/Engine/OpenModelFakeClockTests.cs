using Harness.Load.Engine;
using Harness.Load.Measurement;
using Harness.Load.Payloads;
using Harness.Load.Records;
using Harness.Load.Tests.Support;
using Harness.Load.Transport;
using Microsoft.Extensions.Time.Testing;

namespace Harness.Load.Tests.Engine;

public class OpenModelFakeClockTests
{
    private static Task<Harness.Load.Records.LoadRunRecord> Run(LoadPlan plan, FakeTimeProvider clock, ILoadTransport transport) =>
        LoadEngine.RunCoreAsync(plan, [Plans.Valid],
            new LoadRunOptions { Clock = clock, CheckReachable = false },
            _ => Task.FromResult(transport), CancellationToken.None);

    [Fact]
    public async Task RunCoreAsync_InFlightCapReached_CountsLateAndDroppedStartsAndMeasuresFromIntendedTime()
    {
        var clock = new FakeTimeProvider();
        // 10/s for 1 s, one request in flight at most, each answered in 250 ms: most starts cannot go out on time.
        var plan = Plans.Open(10, TimeSpan.FromSeconds(1)) with
        {
            MaxInFlight = 1,
            DropAfter = TimeSpan.FromMilliseconds(120),
            LateAfter = TimeSpan.FromMilliseconds(10),
        };
        var transport = new DelayTransport(clock, TimeSpan.FromMilliseconds(250));

        var result = await Plans.DriveAsync(clock, Run(plan, clock, transport), TimeSpan.FromSeconds(20));

        var m = result.Measured;
        Assert.Equal(10, m.Scheduled);
        Assert.Equal(m.Scheduled, m.Sent + m.Dropped);
        Assert.Equal(transport.Sent, m.Sent);
        Assert.InRange(m.Dropped, 3L, 6L);
        Assert.InRange(m.Late, 2L, m.Sent);
        Assert.True(m.AccountingHolds);
        Assert.True(result.BelowTargetRate);
        // Service time is the transport's 250 ms; response time adds the wait for a slot.
        Assert.InRange(LatencyPercentiles.MaxMs(m.ServiceTime), 245, 265);
        Assert.True(LatencyPercentiles.MaxMs(m.ResponseTime) >= 320, $"response max {LatencyPercentiles.MaxMs(m.ResponseTime)} ms");
    }

    [Fact]
    public async Task RunCoreAsync_CapNeverReached_SendsEveryStartOnTime()
    {
        var clock = new FakeTimeProvider();
        var plan = Plans.Open(20, TimeSpan.FromSeconds(1)) with { MaxInFlight = 50 };
        var transport = new DelayTransport(clock, TimeSpan.FromMilliseconds(30));

        var result = await Plans.DriveAsync(clock, Run(plan, clock, transport), TimeSpan.FromSeconds(20));

        var m = result.Measured;
        Assert.Equal(20, m.Sent);
        Assert.Equal(0, m.Dropped);
        Assert.Equal(20, m.Count(OutcomeKind.Accepted));
        Assert.False(result.BelowTargetRate);
        Assert.True(m.AccountingHolds);
        Assert.InRange(LatencyPercentiles.Ms(m.ResponseTime, 50), 29, 40);
        Assert.Contains(result.Timeline, row => row.Sent > 0);
    }
}
