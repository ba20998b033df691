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

    public void Dispose() => _folders.Dispose();
}
