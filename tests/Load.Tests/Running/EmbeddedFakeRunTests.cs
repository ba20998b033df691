using System.Text.Json;
using Harness.Embedded;
using Harness.Load.Measurement;
using Harness.Load.Records;
using Harness.Load.Running;
using Harness.Load.Scenarios;
using Harness.Load.Thresholds;
using Harness.Runs;

namespace Harness.Load.Tests.Running;

public class EmbeddedFakeRunTests
{
    [Fact]
    public async Task RunAsync_MixedPayloadsAgainstEmbeddedFake_ReconcilesWithItsStats()
    {
        var scenario = Scenario.Create("reconcile")
            .WarmUp(20, TimeSpan.FromMilliseconds(300))
            .ConstantRate(100, TimeSpan.FromSeconds(1))
            .Payload(poolSize: 100, seed: 3, brokenShare: 0.2)
            .Transport(connections: 4)
            .Build();
        var logged = new List<string>();

        var result = await LoadRuns.RunAsync(scenario, embedded: new EmbeddedRunOptions { Log = logged.Add });

        Assert.True(result.EmbeddedTarget);
        Assert.Contains(logged, line => line.Contains("embedded fake", StringComparison.Ordinal));
        var m = result.Measured;
        Assert.Equal(100, m.Sent);
        Assert.True(m.AccountingHolds);
        Assert.Equal(0, m.Count(OutcomeKind.UnexpectedAnswer));
        // A fifth of the pool is broken; the warm-up shifts where the main phase starts in it.
        Assert.Equal(100, m.Count(OutcomeKind.Accepted) + m.Count(OutcomeKind.ExpectedRejection));
        Assert.InRange(m.Count(OutcomeKind.ExpectedRejection), 14L, 26L);
        Assert.NotNull(result.Warmup);
        Assert.Equal(6, result.Warmup!.Sent);
        // The warm-up's own time (0.3 s planned), not 0.
        Assert.InRange(result.Warmup.Seconds, 0.25, 5);
        Assert.NotNull(result.Reconciliation);
        Assert.True(result.Reconciliation!.Matches, $"receiver {result.Reconciliation.ReceiverAccepted}, harness {result.Reconciliation.HarnessAccepted}");
        Assert.Equal(m.Statuses[200] + result.Warmup.Statuses.GetValueOrDefault(200), result.Reconciliation.ReceiverAccepted);
        Assert.DoesNotContain(scenario.Target.Key ?? "unset-key-value", result.Target, StringComparison.Ordinal);
        Assert.EndsWith("***", result.Target, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_FinishedRun_WritesRunJsonTimelineAndHgrm()
    {
        var scenario = Scenario.Create("folder").ConstantRate(50, TimeSpan.FromMilliseconds(1500)).Payload(poolSize: 10).Threshold("p99 < 1s").Build();
        var result = await LoadRuns.RunAsync(scenario);
        var root = Path.Combine(Path.GetTempPath(), "load-tests-" + Guid.NewGuid().ToString("N"));
        try
        {
            var folder = RunFolder.Create(root, "load", scenario.Name, result.StartedUtc);

            LoadRunFiles.Write(folder, result, scenario);

            Assert.Contains("-load-folder", folder.Path, StringComparison.Ordinal);
            using var json = JsonDocument.Parse(File.ReadAllBytes(folder.File("run.json")));
            var run = json.RootElement;
            Assert.False(run.GetProperty("partial").GetBoolean());
            Assert.Equal("p99 < 1s", run.GetProperty("thresholds")[0].GetProperty("expression").GetString());
            var measured = run.GetProperty("measured");
            Assert.Equal(result.Measured.Sent, measured.GetProperty("sent").GetInt64());
            var hdr = measured.GetProperty("latency").GetProperty("responseTime").GetProperty("hdr").GetString()!;
            Assert.Equal(result.Measured.ResponseTime.TotalCount, HistogramCodec.Decode(hdr).TotalCount);
            var timeline = File.ReadAllLines(folder.File("timeline.csv"));
            Assert.StartsWith("elapsed_s,phase,", timeline[0], StringComparison.Ordinal);
            Assert.True(timeline.Length >= 2);
            Assert.Equal(result.Measured.Sent, timeline.Skip(1).Sum(line => long.Parse(line.Split(',')[3], System.Globalization.CultureInfo.InvariantCulture)));
            var hgrm = File.ReadAllText(folder.File("latency.hgrm"));
            Assert.Contains("Percentile", hgrm, StringComparison.Ordinal);
            Assert.Contains("#[Mean", hgrm, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task RunAsync_Cancelled_ReturnsPartialResultsThatBalance()
    {
        var scenario = Scenario.Create("cancel").ConstantRate(50, TimeSpan.FromSeconds(30)).Payload(poolSize: 10).Build();
        using var stop = new CancellationTokenSource();
        var first = new TaskCompletionSource();
        var options = new ScenarioRunOptions { Run = new Harness.Load.Engine.LoadRunOptions { OnInterval = _ => first.TrySetResult() } };

        var run = LoadRuns.RunAsync(scenario, options, cancellationToken: stop.Token);
        await first.Task.WaitAsync(TimeSpan.FromSeconds(20));
        stop.Cancel();
        var result = await run.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.True(result.Partial);
        Assert.True(result.Measured.Sent is > 0 and < 1500);
        Assert.True(result.Measured.AccountingHolds);
        var root = Path.Combine(Path.GetTempPath(), "load-tests-" + Guid.NewGuid().ToString("N"));
        try
        {
            var folder = RunFolder.Create(root, "load", scenario.Name, result.StartedUtc);
            LoadRunFiles.Write(folder, result, scenario);
            using var json = JsonDocument.Parse(File.ReadAllBytes(folder.File("run.json")));
            Assert.True(json.RootElement.GetProperty("partial").GetBoolean());
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
