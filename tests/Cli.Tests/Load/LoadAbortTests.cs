using System.Text.Json;
using Harness.Cli.Commands;
using Harness.Fakes.Faults;
using Harness.Fakes;
using Harness.Load.Engine;

namespace Harness.Cli.Tests.Load;

public sealed class LoadAbortTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "cli-load-abort-" + Guid.NewGuid().ToString("N"));

    public LoadAbortTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task ExecuteAsync_AbortOnFailThresholdBreached_WritesEverythingAndExitsOne()
    {
        await using var fake = await FakeReceiver.StartAsync(new FakeReceiverOptions { Latency = LatencySpec.Fixed(TimeSpan.FromMilliseconds(50)) });
        var scenario = Path.Combine(_dir, "abort.json");
        File.WriteAllText(scenario, """
            {
              "name": "abort",
              "phases": [ { "type": "constant-rate", "rate": 40, "duration": "20s" } ],
              "payload": { "poolSize": 10 },
              "transport": { "connections": 4 },
              "thresholds": [ { "expression": "p99 < 5ms", "abortOnFail": true, "grace": "1s" } ]
            }
            """);
        var output = new StringWriter();
        var args = new LoadArguments(scenario, fake.BaseAddress.ToString(), fake.Keys[0], null, null, null, null,
            Path.Combine(_dir, "results"), false, null, TransportKind.Auto);

        var exit = await LoadRun.ExecuteAsync(args, output, CancellationToken.None);

        var text = output.ToString();
        Assert.True(exit == ExitCode.Failed, text);
        Assert.Contains("ABORTED: the abortOnFail threshold 'p99 < 5ms' failed", text, StringComparison.Ordinal);
        var folder = Directory.GetDirectories(Path.Combine(_dir, "results")).Single();
        foreach (var file in new[] { "run.json", "timeline.csv", "latency.hgrm", "report.html", "summary.md", "junit.xml" })
        {
            Assert.True(File.Exists(Path.Combine(folder, file)), file);
        }

        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "run.json")));
        var run = json.RootElement;
        Assert.False(run.GetProperty("partial").GetBoolean());
        Assert.Equal("p99 < 5ms", run.GetProperty("abortedBy").GetProperty("threshold").GetString());
        Assert.True(run.GetProperty("measured").GetProperty("accountingHolds").GetBoolean());
        Assert.Contains("ABORTED", File.ReadAllText(Path.Combine(folder, "summary.md")), StringComparison.Ordinal);
    }
}
