using System.Text.Json;
using Harness.Embedded;
using Harness.Fakes;
using Harness.Load.Records;
using Harness.Load.Running;
using Harness.Load.Scenarios;
using Harness.Load.Thresholds;
using Harness.Runs;

namespace Harness.Load.Tests.Running;

public class AbortOnFailTests
{
    private static readonly EmbeddedRunOptions SlowFake = new()
    {
        Fake = new FakeReceiverOptions { Latency = Harness.Fakes.Faults.LatencySpec.Fixed(TimeSpan.FromMilliseconds(50)) },
    };

    [Fact]
    public async Task RunAsync_AbortOnFailThresholdBreachedAfterGrace_StopsEarlyAndRecordsWhy()
    {
        var scenario = Scenario.Create("abort")
            .ConstantRate(40, TimeSpan.FromSeconds(20))
            .Payload(poolSize: 10)
            .Transport(connections: 4)
            .Threshold("p99 < 5ms", abortOnFail: true, grace: TimeSpan.FromSeconds(1))
            .Threshold("max < 1m")
            .Build();

        var result = await LoadRuns.RunAsync(scenario, embedded: SlowFake);

        Assert.False(result.Partial);
        var abort = Assert.IsType<Harness.Load.Records.ThresholdAbort>(result.AbortedBy);
        Assert.Equal("p99 < 5ms", abort.Expression);
        Assert.True(abort.Value >= 50, $"measured p99 {abort.Value} ms against a fake answering after 50 ms");
        Assert.EndsWith(" ms", abort.ValueText, StringComparison.Ordinal);
        Assert.True(abort.AtSeconds >= 1, $"aborted at {abort.AtSeconds} s, inside the 1 s grace");
        Assert.Equal(1, abort.GraceSeconds);
        // Stopped long before the 20 s the scenario asks for, and every request is in the books.
        Assert.InRange(result.Measured.Seconds, 1, 10);
        Assert.True(result.Measured.Sent < 40 * 10);
        Assert.True(result.Measured.AccountingHolds);
        Assert.Equal(0, result.Measured.Count(Harness.Load.Measurement.OutcomeKind.Cancelled));
        Assert.Equal(result.Measured.Sent, result.Measured.Completed);

        var root = Path.Combine(Path.GetTempPath(), "load-abort-" + Guid.NewGuid().ToString("N"));
        try
        {
            var folder = RunFolder.Create(root, "load", scenario.Name, result.StartedUtc);
            LoadRunFiles.Write(folder, result, scenario);
            using var json = JsonDocument.Parse(File.ReadAllBytes(folder.File("run.json")));
            var run = json.RootElement;
            Assert.False(run.GetProperty("partial").GetBoolean());
            var recorded = run.GetProperty("abortedBy");
            Assert.Equal("p99 < 5ms", recorded.GetProperty("threshold").GetString());
            Assert.Equal(abort.Value, recorded.GetProperty("value").GetDouble());
            Assert.Equal(abort.AtSeconds, recorded.GetProperty("atSeconds").GetDouble());
            Assert.True(File.Exists(folder.File("timeline.csv")));
            Assert.True(File.Exists(folder.File("latency.hgrm")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task RunAsync_AbortOnFailThresholdHeld_RunsToTheEnd()
    {
        var scenario = Scenario.Create("no-abort")
            .ConstantRate(40, TimeSpan.FromMilliseconds(1500))
            .Payload(poolSize: 10)
            .Transport(connections: 4)
            .Threshold("p99 < 5s", abortOnFail: true)
            .Threshold("unexpected == 0", abortOnFail: true)
            .Threshold("achieved_rate >= 90%", abortOnFail: true)
            .Build();

        await AssertRunsToTheEndAsync(scenario);
    }

    [Fact]
    public async Task RunAsync_AbortOnFailThresholdHeldAfterWarmUp_RunsToTheEnd()
    {
        var scenario = Scenario.Create("no-abort-warm")
            .WarmUp(40, TimeSpan.FromMilliseconds(500))
            .ConstantRate(40, TimeSpan.FromMilliseconds(1500))
            .Payload(poolSize: 10)
            .Transport(connections: 4)
            .Threshold("p99 < 5s", abortOnFail: true)
            .Threshold("achieved_rate >= 90%", abortOnFail: true)
            .Build();

        await AssertRunsToTheEndAsync(scenario);
    }

    [Fact]
    public async Task RunAsync_AchievedRateFallsBehindThePlan_AbortsOnTheRateSoFar()
    {
        // One connection to a fake answering after 50 ms carries 20/s at most: half of the 40/s asked for.
        var scenario = Scenario.Create("behind")
            .ConstantRate(40, TimeSpan.FromSeconds(20))
            .Payload(poolSize: 10)
            .Transport(connections: 1, maxInFlight: 1)
            .Threshold("achieved_rate >= 90%", abortOnFail: true, grace: TimeSpan.FromSeconds(1))
            .Build();

        var result = await LoadRuns.RunAsync(scenario, embedded: SlowFake);

        var abort = Assert.IsType<Harness.Load.Records.ThresholdAbort>(result.AbortedBy);
        Assert.Equal("achieved_rate >= 90%", abort.Expression);
        Assert.InRange(abort.Value, 0.2, 0.8);
        Assert.EndsWith("%", abort.ValueText, StringComparison.Ordinal);
        Assert.True(result.Measured.AccountingHolds);
        Assert.InRange(result.Measured.Seconds, 1, 10);
    }

    [Fact]
    public async Task RunAsync_AbortOnFailWithinGrace_DoesNotAbort()
    {
        var scenario = Scenario.Create("grace")
            .ConstantRate(40, TimeSpan.FromMilliseconds(1500))
            .Payload(poolSize: 10)
            .Threshold("p99 < 5ms", abortOnFail: true, grace: TimeSpan.FromMinutes(5))
            .Build();

        var result = await LoadRuns.RunAsync(scenario, embedded: SlowFake);

        Assert.Null(result.AbortedBy);
        Assert.Equal(60, result.Measured.Sent);
    }

    // 40/s for 1.5 s: 60 starts, none held back by an abort.
    private static async Task AssertRunsToTheEndAsync(Scenario scenario)
    {
        var result = await LoadRuns.RunAsync(scenario, embedded: SlowFake);

        Assert.Null(result.AbortedBy);
        Assert.False(result.Partial);
        Assert.Equal(60, result.Measured.Sent);
        Assert.True(result.Measured.AccountingHolds);
    }
}
