using Harness.Fakes.Faults;
using Harness.Fakes;
using Harness.Load.Engine;
using Harness.Load.Measurement;
using Harness.Load.Phases;
using Harness.Load.Records;
using Harness.Load.Tests.Support;

namespace Harness.Load.Tests.Engine;

/// <summary>What the numbers say when the target cannot keep up, is silent, dies, or is not the API.</summary>
public class StrugglingTargetTests
{
    // The pre-flight would stop at a target that is silent or a 502 page from the start (docs/targets.md);
    // these tests are about a target that struggles during the run, so they start past it.
    private static readonly LoadRunOptions Plain = new() { CheckReachable = false };

    [Fact]
    public async Task RunAsync_SilentTargetTwoConnections_CountsEveryRequestSentAsTimeout()
    {
        var (listener, address) = Loopback.Silent();
        try
        {
            var plan = Plans.Open(60, TimeSpan.FromSeconds(1), address) with { Connections = 2, MaxInFlight = 100, RequestTimeout = TimeSpan.FromMilliseconds(400) };

            var result = await LoadEngine.RunAsync(plan, [Plans.Valid], Plain);

            var m = result.Measured;
            Assert.True(m.AccountingHolds, $"scheduled {m.Scheduled}, sent {m.Sent}, dropped {m.Dropped}, timeouts {m.Count(OutcomeKind.Timeout)}");
            Assert.Equal(m.Sent, m.Count(OutcomeKind.Timeout));
            // Two connections, each held 400 ms by a request that times out, over the 1 s phase plus the 200 ms
            // a last start may wait: a handful sent, the rest dropped (before, all 60 were "sent" into a queue).
            Assert.True(m.Sent <= 12, $"at most two requests on the wire per 400 ms timeout, sent {m.Sent}");
            Assert.Equal(60 - m.Sent, m.Dropped);
            Assert.Contains("never answered", result.Health.Cause, StringComparison.Ordinal);
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public async Task RunAsync_TargetSlowerThanAskedRate_ReportsBelowTargetAndGrowingResponseTime()
    {
        // Four connections at 50 ms each carry 80/s; 300/s asked.
        await using var fake = await FakeReceiver.StartAsync(new FakeReceiverOptions { Latency = LatencySpec.Fixed(TimeSpan.FromMilliseconds(50)) });
        var plan = Plans.Open(300, TimeSpan.FromSeconds(2), fake.BaseAddress, fake.Keys[0]) with { Connections = 4, MaxInFlight = 1000 };

        var result = await LoadEngine.RunAsync(plan, [Plans.Valid], Plain with { Interval = TimeSpan.FromMilliseconds(500) });

        var phase = Assert.Single(result.Phases);
        Assert.Equal(600, phase.PlannedArrivals);
        Assert.True(phase.AchievedPerSecond <= 90, $"achieved {phase.AchievedPerSecond}/s");
        Assert.True(phase.BelowTarget);
        Assert.True(result.Measured.Late > 0);
        Assert.True(result.Measured.AccountingHolds);
        // Waiting for a connection is response time, not service time.
        Assert.True(LatencyPercentiles.Ms(result.Measured.ResponseTime, 50) > 5 * LatencyPercentiles.Ms(result.Measured.ServiceTime, 50));
        var rows = result.Timeline.Where(r => r.Completed > 0).ToArray();
        Assert.True(rows[^1].ResponseP50Ms > rows[0].ResponseP50Ms * 2, string.Join(", ", rows.Select(r => r.ResponseP50Ms)));
    }

    [Fact]
    public async Task RunAsync_TargetDiesMidRun_StoppedAnsweringWithFailuresOutOfTheLatencies()
    {
        var fake = await FakeReceiver.StartAsync(new FakeReceiverOptions { Latency = LatencySpec.Fixed(TimeSpan.FromMilliseconds(5)) });
        var plan = Plans.Open(100, TimeSpan.FromSeconds(4), fake.BaseAddress, fake.Keys[0]) with { Connections = 4, RequestTimeout = TimeSpan.FromSeconds(1) };
        var run = LoadEngine.RunAsync(plan, [Plans.Valid], Plain with { Interval = TimeSpan.FromMilliseconds(250) });
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        await fake.DisposeAsync();
        var result = await run;

        var m = result.Measured;
        Assert.True(m.AccountingHolds);
        Assert.True(m.Count(OutcomeKind.ConnectionError) + m.Count(OutcomeKind.Timeout) > 0);
        Assert.Equal(m.Completed, m.ResponseTime.TotalCount);
        Assert.Equal(m.Completed, m.ServiceTime.TotalCount);
        Assert.Equal(m.Count(OutcomeKind.ConnectionError) + m.Count(OutcomeKind.Timeout), m.FailedTime.TotalCount);
        // Refusals take microseconds: had they been recorded, the median would be far below the 5 ms delay.
        Assert.True(LatencyPercentiles.Ms(m.ServiceTime, 50) >= 5);
        Assert.Equal(TargetVerdict.StoppedAnswering, result.Health.Verdict);
        Assert.Contains("stopped answering", result.Health.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_TargetAnswers502Pages_NotTheApi()
    {
        using var proxy = new Answering(502, "Bad Gateway");
        var plan = Plans.Open(50, TimeSpan.FromMilliseconds(600), proxy.Address) with { Connections = 2 };

        var result = await LoadEngine.RunAsync(plan, [Plans.Valid], Plain);

        Assert.True(result.Measured.Completed > 0);
        Assert.Equal(TargetVerdict.NotTheApi, result.Health.Verdict);
        Assert.Contains("502", result.Health.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_HealthyFake_AnsweringAndTheEngineLeavesReconciliationToItsCaller()
    {
        await using var fake = await FakeReceiver.StartAsync(new FakeReceiverOptions());
        var plan = Plans.Open(50, TimeSpan.FromMilliseconds(500), fake.BaseAddress, fake.Keys[0]) with { Connections = 2 };

        var result = await LoadEngine.RunAsync(plan, [Plans.Valid], Plain);

        Assert.Equal(TargetVerdict.Answering, result.Health.Verdict);
        // The receiver's own counts are Harness.Embedded's (its StatsReconciliationTests check the reasons).
        Assert.Null(result.Reconciliation);
        Assert.Null(result.ReconciliationSkipped);
    }
}
