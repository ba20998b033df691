using System.Globalization;
using System.Text.Json;
using Harness.Fakes;
using Harness.Load.Measurement;
using Xunit.Abstractions;

namespace Harness.Load.Tests.Sharding;

/// <summary>
/// The issue's proof on loopback: three <c>harness load --shard i/3</c> processes against one fake
/// receiver, merged with <c>harness merge</c>, against one process running the whole scenario.
/// </summary>
public sealed class DistributedRunTests(ITestOutputHelper output) : IDisposable
{
    private const string Key = "Shard0Test1Key2For3Merge4Check56";
    private const double Rate = 45;
    private const int Seconds = 6;
    private static readonly TimeSpan ProcessLimit = TimeSpan.FromSeconds(60);
    private readonly string _root = Directory.CreateTempSubdirectory("harness-shards-").FullName;

    [Fact]
    public async Task ThreeShards_MergedAgainstOneWholeRun_CountsAddUpAndLatenciesAgree()
    {
        var scenario = Path.Combine(_root, "open.json");
        File.WriteAllText(scenario, $$"""
            { "name": "sharded-open",
              "phases": [
                { "type": "warmup", "rate": 30, "duration": "3s" },
                { "type": "constant-rate", "name": "steady", "rate": {{Rate}}, "duration": "{{Seconds}}s" } ],
              "payload": { "poolSize": 300, "seed": 5 },
              "transport": { "connections": 4, "requestTimeout": "5s" } }
            """);
        await using var fake = await FakeReceiver.StartAsync(new FakeReceiverOptions { Keys = [Key] });
        var target = fake.BaseAddress.ToString();

        // Agents on one start time, a few seconds ahead so that all three processes are up by then. Four processes share
        // the machine's cores, so each run is judged with --allow-understated (the self-check may rightly fail them).
        var startAt = TimeProvider.System.GetUtcNow().AddSeconds(7).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var shards = Path.Combine(_root, "shards");
        var agents = await Task.WhenAll(Enumerable.Range(1, 3).Select(i => HarnessProcess.RunAsync(
            ["load", "--scenario", scenario, "--target", target, "--key", Key, "--shard", $"{i}/3", "--start-at", startAt, "--out", shards, "--allow-understated"], ProcessLimit)));
        Assert.All(agents, a => Assert.True(a.ExitCode == 0, a.Output));
        Assert.DoesNotContain(Key, string.Concat(agents.Select(a => a.Output)), StringComparison.Ordinal);
        var receiverAccepted = fake.GetStats().Accepted;

        var incomplete = await HarnessProcess.RunAsync(["merge", .. Directory.GetDirectories(shards).Order().Take(2), "--out", Path.Combine(_root, "half")], ProcessLimit);
        Assert.Equal(2, incomplete.ExitCode);
        Assert.Contains("3/3", incomplete.Output, StringComparison.Ordinal);
        Assert.Contains("missing", incomplete.Output, StringComparison.Ordinal);

        var mergedFolder = Path.Combine(_root, "merged");
        var merge = await HarnessProcess.RunAsync(["merge", shards, "--out", mergedFolder], ProcessLimit);
        Assert.True(merge.ExitCode == 0, merge.Output);
        // Three agents and the target share the test machine's cores: the self-check may rightly call the
        // generator the bottleneck; this test is about the merge's arithmetic, so it judges the run anyway.
        var gate = await HarnessProcess.RunAsync(["gate", "--run", mergedFolder, "--allow-understated"], ProcessLimit);
        Assert.True(gate.ExitCode == 0, gate.Output);

        var whole = await HarnessProcess.RunAsync(
            ["load", "--scenario", scenario, "--target", target, "--key", Key, "--start-at", "+2s", "--out", Path.Combine(_root, "whole"), "--allow-understated"], ProcessLimit);
        Assert.True(whole.ExitCode == 0, whole.Output);

        using var merged = Read(mergedFolder);
        using var single = Read(Directory.GetDirectories(Path.Combine(_root, "whole")).Single());
        var shardDocs = Directory.GetDirectories(shards).Select(Read).ToList();
        var m = merged.RootElement.GetProperty("measured");
        var s = single.RootElement.GetProperty("measured");
        var expected = (long)(Rate * Seconds);

        // Counts: exact. The shards' scheduled arrivals are the whole run's, and the receiver saw every accepted one.
        Assert.Equal(expected, m.GetProperty("scheduled").GetInt64());
        Assert.Equal(expected, s.GetProperty("scheduled").GetInt64());
        Assert.Equal(shardDocs.Sum(d => d.RootElement.GetProperty("measured").GetProperty("sent").GetInt64()), m.GetProperty("sent").GetInt64());
        Assert.Equal(expected, m.GetProperty("sent").GetInt64());
        Assert.Equal(expected, m.GetProperty("outcomes").GetProperty("accepted").GetInt64());
        // The warm-up (measured apart, JIT and connections settle there) reached the receiver too.
        var warmupAccepted = merged.RootElement.GetProperty("warmup").GetProperty("outcomes").GetProperty("accepted").GetInt64();
        Assert.Equal(90, warmupAccepted);
        Assert.Equal(receiverAccepted, m.GetProperty("outcomes").GetProperty("accepted").GetInt64() + warmupAccepted);
        Assert.True(m.GetProperty("accountingHolds").GetBoolean());

        // Rate: the merged phase achieved its target within 1%, as the single run did.
        var phase = merged.RootElement.GetProperty("phases")[1];
        Assert.Equal(Rate, phase.GetProperty("targetPerSecond").GetDouble(), 2);
        Assert.InRange(phase.GetProperty("achievedPerSecond").GetDouble(), Rate * 0.99, Rate * 1.01);
        Assert.InRange(single.RootElement.GetProperty("phases")[1].GetProperty("achievedPerSecond").GetDouble(), Rate * 0.99, Rate * 1.01);

        // Percentiles: the merge's come from the added histograms (not averaged) ...
        var added = LatencyHistograms.Create();
        foreach (var doc in shardDocs)
        {
            added.Add(HistogramCodec.Decode(Hdr(doc.RootElement.GetProperty("measured"))));
        }

        var mergedHistogram = HistogramCodec.Decode(Hdr(m));
        Assert.Equal(expected, mergedHistogram.TotalCount);
        Assert.Equal(added.GetValueAtPercentile(50), mergedHistogram.GetValueAtPercentile(50));
        Assert.Equal(added.GetValueAtPercentile(99), mergedHistogram.GetValueAtPercentile(99));

        // ... so the merged median lies between the shards' own medians (true of any union of samples;
        // an averaged or a mis-added merge breaks it) ...
        var mergedP50 = mergedHistogram.GetValueAtPercentile(50) / 1000.0;
        var shardP50s = shardDocs.Select(d => HistogramCodec.Decode(Hdr(d.RootElement.GetProperty("measured"))).GetValueAtPercentile(50) / 1000.0).ToList();
        Assert.InRange(mergedP50, shardP50s.Min(), shardP50s.Max());
        // ... and stays near the whole run's. Only near: three agents and the receiver share the machine's two
        // cores while the whole run has them alone, so the shards' medians rise with the machine's load.
        var singleP50 = HistogramCodec.Decode(Hdr(s)).GetValueAtPercentile(50) / 1000.0;
        output.WriteLine($"p50 merged {mergedP50} ms (shards {string.Join(", ", shardP50s)}), single {singleP50} ms; p99 merged {mergedHistogram.GetValueAtPercentile(99) / 1000.0} ms; achieved {phase.GetProperty("achievedPerSecond").GetDouble()}/s; receiver accepted {receiverAccepted}");
        Assert.True(Math.Abs(mergedP50 - singleP50) <= Math.Max(25.0, 5 * singleP50), $"merged p50 {mergedP50} ms, single p50 {singleP50} ms");
        Assert.True(File.Exists(Path.Combine(mergedFolder, "timeline.csv")));
        Assert.True(File.Exists(Path.Combine(mergedFolder, "latency.hgrm")));
        foreach (var doc in shardDocs)
        {
            doc.Dispose();
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private static JsonDocument Read(string folder) => JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "run.json")));

    private static string Hdr(JsonElement totals) => totals.GetProperty("latency").GetProperty("responseTime").GetProperty("hdr").GetString()!;
}
