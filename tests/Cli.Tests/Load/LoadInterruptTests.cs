using System.Diagnostics;
using System.Text.Json;
using Harness.Fakes;
using Harness.Fakes.Faults;

namespace Harness.Cli.Tests.Load;

/// <summary>Ctrl+C on a real <c>harness load</c> process with a queue of starts waiting for connections.</summary>
public sealed class LoadInterruptTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "cli-load-sigint-" + Guid.NewGuid().ToString("N"));

    public LoadInterruptTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Load_SigintWithAQueue_Exits130WithPartialRunFolderAndSendsNothingMore()
    {
        await using var fake = await FakeReceiver.StartAsync(new FakeReceiverOptions { Latency = LatencySpec.Fixed(TimeSpan.FromMilliseconds(50)) });
        var scenario = Path.Combine(_dir, "queue.json");
        File.WriteAllText(scenario, """
            {
              "name": "queue",
              "phases": [ { "type": "constant-rate", "rate": 300, "duration": "30s" } ],
              "payload": { "poolSize": 20 },
              "transport": { "connections": 4, "requestTimeout": "5s", "maxInFlight": 1000 }
            }
            """);
        // The test host may ignore SIGINT, and an ignored signal stays ignored in its children: env restores
        // the default, as an interactive shell would have it.
        var start = new ProcessStartInfo("env") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "--default-signal=INT", "dotnet", Path.Combine(AppContext.BaseDirectory, "harness.dll"), "load", "--scenario", scenario, "--target", fake.BaseAddress.ToString(), "--key", fake.Keys[0], "--out", Path.Combine(_dir, "results") })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await Task.Delay(TimeSpan.FromSeconds(4));
        Assert.False(process.HasExited, "the run ended before the interrupt");
        Assert.True(fake.GetStats().Accepted > 0);

        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        var signalled = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        var acceptedHalfASecondLater = fake.GetStats().Accepted;
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await process.WaitForExitAsync(limit.Token);
        var exitedAfter = signalled.Elapsed;
        await Task.Delay(TimeSpan.FromMilliseconds(500));

        var text = await stdout + await stderr;
        Assert.True(process.ExitCode == 130, text);
        // A generous bound for a busy machine; the figure itself is recorded in results/benchmarks/load.md.
        Assert.True(exitedAfter < TimeSpan.FromSeconds(5), $"exit {exitedAfter.TotalSeconds:0.###} s after SIGINT");
        Assert.Equal(acceptedHalfASecondLater, fake.GetStats().Accepted);
        var folder = Directory.GetDirectories(Path.Combine(_dir, "results")).Single();
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "run.json")));
        Assert.True(json.RootElement.GetProperty("partial").GetBoolean());
        Assert.True(json.RootElement.GetProperty("measured").GetProperty("accountingHolds").GetBoolean(), text);
        Assert.Equal("the run was interrupted", json.RootElement.GetProperty("reconciliationSkipped").GetString());
    }
}
