using System.Text.Json.Nodes;
using Harness.Load.Merging;

namespace Harness.Load.Tests.Merging;

/// <summary>Issue 15: a shard's counts are checked before a merge adds them.</summary>
public sealed class TamperedShardTests : IDisposable
{
    private readonly ShardFolders _folders = new();

    [Theory]
    [InlineData("sent", -5)]
    [InlineData("scheduled", -1)]
    [InlineData("bytesOut", -100)]
    public void Merge_ShardWithANegativeCount_IsRefusedNamingTheField(string field, long value)
    {
        _folders.Write("run-t", 0, 2, [1_000, 2_000]);
        var tampered = _folders.Write("run-t", 1, 2, [1_000]);
        var path = Path.Combine(tampered, "run.json");
        var run = JsonNode.Parse(File.ReadAllText(path))!;
        run["measured"]![field] = value;
        File.WriteAllText(path, run.ToJsonString());

        var outcome = RunMerger.Merge([_folders.Root]);

        Assert.False(outcome.IsValid);
        Assert.Contains(outcome.Problems, p => p.Contains($"measured.{field}", StringComparison.Ordinal) && p.Contains("not believable", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("9e18", "sent '9e18' is not a count")]
    [InlineData("-40", "sent '-40' is not a finite, non-negative number")]
    [InlineData("2.5", "sent '2.5' is not a count")]
    public void Merge_ShardTimelineWithACountOutOfRange_IsRefusedNamingFileLineAndColumn(string sent, string message)
    {
        _folders.Write("run-t", 0, 2, [1_000, 2_000]);
        var timeline = Path.Combine(_folders.Write("run-t", 1, 2, [1_000]), "timeline.csv");
        File.WriteAllText(timeline, HeaderOf(timeline) + $"1.0,constant-rate,false,{sent},1,0,0,0,0,1,2,3,4,3,10\n");

        var outcome = RunMerger.Merge([_folders.Root]);

        Assert.False(outcome.IsValid);
        Assert.Contains(outcome.Problems, p => p.Contains($"{timeline} line 2: {message}", StringComparison.Ordinal));
    }

    [Fact]
    public void Merge_ShardTimelinesWhoseSumsOverflow_IsRefusedNotACrash()
    {
        // Every cell is a believable count, but 10,000 rows in one second add up past a long.
        _folders.Write("run-t", 0, 2, [1_000, 2_000]);
        var timeline = Path.Combine(_folders.Write("run-t", 1, 2, [1_000]), "timeline.csv");
        var row = $"1.0,constant-rate,false,{Harness.Load.Records.LoadTotalsCheck.MaxCount},1,0,0,0,0,1,2,3,4,3,10\n";
        File.WriteAllText(timeline, HeaderOf(timeline) + string.Concat(Enumerable.Repeat(row, 10_000)));

        var outcome = RunMerger.Merge([_folders.Root]);

        Assert.False(outcome.IsValid);
        Assert.Contains(outcome.Problems, p => p.Contains("add up to more than any run can send", StringComparison.Ordinal));
    }

    [Fact]
    public void Merge_ShardTimelineLinkedToDevZero_IsRefusedUnread()
    {
        _folders.Write("run-t", 0, 2, [1_000, 2_000]);
        var timeline = Path.Combine(_folders.Write("run-t", 1, 2, [1_000]), "timeline.csv");
        File.Delete(timeline);
        File.CreateSymbolicLink(timeline, "/dev/zero");

        var outcome = RunMerger.Merge([_folders.Root]);

        Assert.False(outcome.IsValid);
        Assert.Contains(outcome.Problems, p => p.Contains($"{timeline} is a symbolic link (to /dev/zero)", StringComparison.Ordinal));
    }

    [Fact]
    public void Merge_ShardsWithoutAStartTime_AreRefusedNotMergedAcrossAnyTime()
    {
        // Crafted (or hand-edited) shards with no --start-at could have run days apart: nothing says they ran together.
        foreach (var folder in new[] { _folders.Write("run-t", 0, 2, [1_000]), _folders.Write("run-t", 1, 2, [1_000]) })
        {
            var path = Path.Combine(folder, "run.json");
            var run = JsonNode.Parse(File.ReadAllText(path))!;
            run["shard"]!.AsObject().Remove("startAt");
            File.WriteAllText(path, run.ToJsonString());
        }

        var outcome = RunMerger.Merge([_folders.Root]);

        Assert.False(outcome.IsValid);
        Assert.Contains(outcome.Problems, p => p.StartsWith("the shards did not share one --start-at", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_OutIsAnExistingFile_IsRefusedAndTheFileKept()
    {
        _folders.Write("run-t", 0, 1, [1_000]);
        var outcome = RunMerger.Merge([_folders.Root]);
        var file = Path.Combine(_folders.Root, "notes.txt");
        File.WriteAllText(file, "kept");

        var error = Assert.Throws<IOException>(() => RunMerger.Write(outcome, file));

        Assert.Contains("is a file, not a folder", error.Message, StringComparison.Ordinal);
        Assert.Equal("kept", File.ReadAllText(file));
    }

    [Fact]
    public void Merge_FolderWithALinkedSubfolder_DoesNotFollowIt()
    {
        _folders.Write("run-t", 0, 2, [1_000]);
        using var elsewhere = new ShardFolders();
        var outside = elsewhere.Write("run-t", 1, 2, [1_000]);
        var link = Path.Combine(_folders.Root, "linked");
        Directory.CreateSymbolicLink(link, outside);

        var outcome = RunMerger.Merge([_folders.Root]);

        Assert.False(outcome.IsValid);
        Assert.Contains(outcome.Problems, p => p.StartsWith($"{link}: a symbolic link", StringComparison.Ordinal));
    }

    private static string HeaderOf(string timeline) => File.ReadLines(timeline).First() + "\n";

    public void Dispose() => _folders.Dispose();
}
