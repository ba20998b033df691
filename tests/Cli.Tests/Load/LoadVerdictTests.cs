using Harness.Cli.Commands;
using Harness.Fakes.Faults;
using Harness.Fakes;
using Harness.Load.Engine;

namespace Harness.Cli.Tests.Load;

/// <summary><c>harness load</c> judges its own run: thresholds, a target that could not keep up or went away.</summary>
public sealed class LoadVerdictTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "cli-load-verdict-" + Guid.NewGuid().ToString("N"));

    public LoadVerdictTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Scenario(string name, double rate, string duration, int connections, params string[] thresholds)
    {
        var path = Path.Combine(_dir, name + ".json");
        File.WriteAllText(path, $$"""
            {
              "name": "{{name}}",
              "phases": [ { "type": "constant-rate", "rate": {{rate}}, "duration": "{{duration}}" } ],
              "payload": { "poolSize": 20 },
              "transport": { "connections": {{connections}}, "requestTimeout": "2s", "maxInFlight": 1000 },
              "thresholds": [ {{string.Join(", ", thresholds.Select(t => $"\"{t}\""))}} ]
            }
            """);
        return path;
    }

    private async Task<(ExitCode Exit, string Text)> RunAsync(string scenario, FakeReceiver fake)
    {
        var output = new StringWriter();
        var args = new LoadArguments(scenario, fake.BaseAddress.ToString(), fake.Keys[0], null, null, null, null,
            Path.Combine(_dir, "results"), false, null, TransportKind.Auto) { AllowUnderstated = true };
        // Thresholds are what these tests judge; on a shared machine the self-check may rightly call the generator the bottleneck.
        var exit = await LoadRun.ExecuteAsync(args, output, CancellationToken.None);
        return (exit, output.ToString());
    }

    [Fact]
    public async Task ExecuteAsync_ErrorRateThresholdBreached_PrintsTheTableAndExitsOne()
    {
        await using var fake = await FakeReceiver.StartAsync(new FakeReceiverOptions { ErrorRate = 0.2, FaultSeed = 1 });

        var (exit, text) = await RunAsync(Scenario("errors", 50, "1s", 4, "error_rate < 1%", "p99 < 5s"), fake);

        Assert.True(exit == ExitCode.Failed, text);
        Assert.Matches(@"error_rate < 1%\s+\d+(\.\d+)?%\s+FAIL", text);
        Assert.Matches(@"p99 < 5s\s+[\d.]+ ms\s+pass", text);
        Assert.Contains("FAILED: 1 threshold(s) of the scenario failed", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_ThresholdsMet_ExitsZeroWithTheTable()
    {
        await using var fake = await FakeReceiver.StartAsync(new FakeReceiverOptions());

        var (exit, text) = await RunAsync(Scenario("fine", 40, "1s", 4, "error_rate < 1%", "achieved_rate >= 95%"), fake);

        Assert.True(exit == ExitCode.Passed, text);
        Assert.Matches(@"achieved_rate >= 95%\s+100%\s+pass", text);
    }

    [Fact]
    public async Task ExecuteAsync_FourConnectionsAt50msAsked300PerSecond_BelowTargetAndExitOne()
    {
        await using var fake = await FakeReceiver.StartAsync(new FakeReceiverOptions { Latency = LatencySpec.Fixed(TimeSpan.FromMilliseconds(50)) });

        var (exit, text) = await RunAsync(Scenario("overload", 300, "3s", 4, "achieved_rate >= 95%"), fake);

        Assert.True(exit == ExitCode.Failed, text);
        Assert.Contains("BELOW TARGET", text, StringComparison.Ordinal);
        Assert.Matches(@"achieved_rate >= 95%\s+[\d.]+%\s+FAIL", text);
        var achieved = double.Parse(System.Text.RegularExpressions.Regex.Match(text, @"achieved ([\d.]+)/s, target 300/s").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(achieved <= 90, text);
    }

    [Fact]
    public async Task ExecuteAsync_TargetKilledMidRun_ExitsThreeWithOneLineCause()
    {
        var fake = await FakeReceiver.StartAsync(new FakeReceiverOptions { Latency = LatencySpec.Fixed(TimeSpan.FromMilliseconds(5)) });
        var scenario = Scenario("killed", 100, "4s", 4);
        var run = RunAsync(scenario, fake);
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        await fake.DisposeAsync();
        var (exit, text) = await run;

        Assert.True(exit == ExitCode.TargetUnreachable, text);
        var cause = Assert.Single(text.Split('\n'), l => l.StartsWith("FAILED: the target stopped answering", StringComparison.Ordinal));
        Assert.Contains("requests got no answer", cause, StringComparison.Ordinal);
        Assert.DoesNotContain("Accounting does not balance", text, StringComparison.Ordinal);
        Assert.Contains("Reconciliation skipped: the target's /_fake/stats did not answer after the run.", text, StringComparison.Ordinal);
    }
}
