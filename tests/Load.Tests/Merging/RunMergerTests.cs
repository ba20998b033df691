using System.Text.Json;
using Harness.Load.Measurement;
using Harness.Load.Merging;
using Harness.Load.Scenarios;

namespace Harness.Load.Tests.Merging;

public sealed class RunMergerTests : IDisposable
{
    private readonly ShardFolders _folders = new();

    [Fact]
    public void Merge_CompleteSet_AddsCountsAndReadsPercentilesFromTheAddedHistograms()
    {
        long[][] latencies = [[1_000, 1_100, 1_200], [5_000, 9_000], [2_000, 2_000, 2_000, 40_000]];
        for (var i = 0; i < 3; i++)
        {
            _folders.Write("run-a", i, 3, latencies[i]);
        }

        var outcome = RunMerger.Merge([_folders.Root]);
        Assert.True(outcome.IsValid, string.Join("; ", outcome.Problems));
        var merged = outcome.Result!;
        Assert.Equal(9, merged.Measured.Sent);
        Assert.Equal(9, merged.Measured.Count(OutcomeKind.Accepted));
        Assert.Equal(9, merged.Measured.Statuses[200]);
        Assert.Equal(90, merged.Measured.BytesIn);
        Assert.Equal(5.03, merged.Measured.Seconds, 3);
        var all = LatencyHistograms.Create();
        foreach (var v in latencies.SelectMany(l => l))
        {
            all.RecordValue(v);
        }

        Assert.Equal(all.GetValueAtPercentile(50), merged.Measured.ResponseTime.GetValueAtPercentile(50));
        Assert.Equal(all.GetValueAtPercentile(99), merged.Measured.ResponseTime.GetValueAtPercentile(99));
        Assert.Equal(30, merged.Phases[0].TargetPerSecond!.Value, 6);
        Assert.Equal(9, merged.Timeline.Single().Sent);
        Assert.True(merged.Shard!.IsMerged);
        Assert.Equal("run-a", merged.Shard.RunId);
    }

    [Fact]
    public void Write_MergedRun_HasTheShapeOfALoadRunWithTheScenario()
    {
        for (var i = 0; i < 2; i++)
        {
            _folders.Write("run-w", i, 2, [1_000, 2_000]);
        }

        var outFolder = Path.Combine(_folders.Root, "merged");
        var outcome = RunMerger.Merge([_folders.Root]);
        RunMerger.Write(outcome, outFolder);
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(outFolder, "run.json")));
        var root = json.RootElement;
        Assert.Equal("load", root.GetProperty("kind").GetString());
        Assert.Equal(4, root.GetProperty("measured").GetProperty("sent").GetInt64());
        Assert.Equal("merge-test", root.GetProperty("scenario").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("shard").GetProperty("index").ValueKind);
        Assert.True(File.Exists(Path.Combine(outFolder, "timeline.csv")));
        Assert.True(File.Exists(Path.Combine(outFolder, "latency.hgrm")));
        Assert.Throws<IOException>(() => RunMerger.Write(outcome, outFolder));
    }

    [Fact]
    public void Merge_ShardsAbortedByThreshold_KeepsTheEarliestAbortAndWarns()
    {
        var late = new Harness.Load.Records.ThresholdAbort("p99 < 5ms", 51, "51 ms", 3.5, 1);
        var early = late with { Value = 48, ValueText = "48 ms", AtSeconds = 2.01 };
        _folders.Write("run-c", 0, 3, [1_000], abortedBy: late);
        _folders.Write("run-c", 1, 3, [1_000], abortedBy: early);
        _folders.Write("run-c", 2, 3, [1_000]);

        var outcome = RunMerger.Merge([_folders.Root]);

        Assert.True(outcome.IsValid, string.Join("; ", outcome.Problems));
        Assert.Equal(early, outcome.Result!.AbortedBy);
        Assert.Contains(outcome.Warnings, w => w.Contains("abortOnFail threshold 'p99 < 5ms'", StringComparison.Ordinal));
    }

    [Fact]
    public void Merge_ShardsResolvedStartAtApart_WarnsBeyond50Milliseconds()
    {
        // As two agents given --start-at +5s, started 163 ms apart.
        _folders.Write("run-s", 0, 2, [1_000]);
        _folders.Write("run-s", 1, 2, [1_000], startOffset: TimeSpan.FromMilliseconds(163));

        var outcome = RunMerger.Merge([_folders.Root]);

        Assert.True(outcome.IsValid, string.Join("; ", outcome.Problems));
        Assert.Contains(outcome.Warnings, w => w.Contains("differ by 163 ms", StringComparison.Ordinal) && w.Contains("absolute --start-at", StringComparison.Ordinal));
    }

    [Fact]
    public void Merge_ShardsWithinAMillisecond_NoStartWarning()
    {
        _folders.Write("run-t", 0, 2, [1_000]);
        _folders.Write("run-t", 1, 2, [1_000]);

        var outcome = RunMerger.Merge([_folders.Root]);

        Assert.DoesNotContain(outcome.Warnings, w => w.Contains("start times differ", StringComparison.Ordinal));
    }

    [Fact]
    public void Merge_MissingShard_NamesIt()
    {
        _folders.Write("run-m", 0, 3, [1_000]);
        _folders.Write("run-m", 2, 3, [1_000]);
        var outcome = RunMerger.Merge([_folders.Root]);
        Assert.False(outcome.IsValid);
        Assert.Contains(outcome.Problems, p => p.Contains("shard 2/3 of run run-m is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void Merge_DuplicateShard_NamesBothFolders()
    {
        _folders.Write("run-d", 0, 2, [1_000]);
        var first = _folders.Write("run-d", 1, 2, [1_000]);
        var second = _folders.Write("run-d", 1, 2, [2_000], suffix: 2);
        var outcome = RunMerger.Merge([_folders.Root]);
        var problem = Assert.Single(outcome.Problems);
        Assert.Contains("shard 2/2 appears 2 times", problem, StringComparison.Ordinal);
        Assert.Contains(first, problem, StringComparison.Ordinal);
        Assert.Contains(second, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_ShardsOfDifferentRuns_ReportsRunIdsCountsAndScenarios()
    {
        _folders.Write("run-x", 0, 2, [1_000]);
        _folders.Write("run-y", 1, 3, [1_000], Scenario.Create("other").ConstantRate(5, TimeSpan.FromSeconds(5)).Build());
        var outcome = RunMerger.Merge([_folders.Root]);
        Assert.False(outcome.IsValid);
        Assert.Contains(outcome.Problems, p => p.StartsWith("the folders belong to different runs", StringComparison.Ordinal) && p.Contains("run-x", StringComparison.Ordinal) && p.Contains("run-y", StringComparison.Ordinal));
        Assert.Contains(outcome.Problems, p => p.StartsWith("the shards disagree on how many shards", StringComparison.Ordinal));
        Assert.Contains(outcome.Problems, p => p.StartsWith("the shards ran different scenarios", StringComparison.Ordinal));
    }

    [Fact]
    public void Merge_UnshardedRunOrMissingFolder_IsRefused()
    {
        var plain = _folders.Write("run-p", 0, 1, [1_000], sharded: false);
        var outcome = RunMerger.Merge([plain, Path.Combine(_folders.Root, "nowhere")]);
        Assert.Contains(outcome.Problems, p => p.Contains("not a shard", StringComparison.Ordinal));
        Assert.Contains(outcome.Problems, p => p.Contains("no such folder", StringComparison.Ordinal));
    }

    public void Dispose() => _folders.Dispose();
}
