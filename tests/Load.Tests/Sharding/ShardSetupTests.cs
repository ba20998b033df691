using System.Collections;
using Harness.Load.Sharding;
using Microsoft.Extensions.Time.Testing;

namespace Harness.Load.Tests.Sharding;

public sealed class ShardSetupTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Resolve_IndexedJobEnvironment_TakesZeroBasedIndexAndCount()
    {
        var env = new Hashtable { ["JOB_COMPLETION_INDEX"] = "2", ["HARNESS_SHARD_COUNT"] = "4" };
        var result = ShardSetup.Resolve(null, "2026-03-01T12:01:00Z", null, "steady", env, Clock);
        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        Assert.Equal(2, result.Shard!.Index);
        Assert.Equal(4, result.Shard.Count);
        Assert.Equal("3/4", result.Shard.Spec.Display);
        Assert.Equal("steady-20260301T120100Z", result.Shard.RunId);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 12, 1, 0, TimeSpan.Zero), result.StartAt);
    }

    [Fact]
    public void Resolve_ShardOptionAndEnvironment_OptionWins()
    {
        var env = new Hashtable { ["JOB_COMPLETION_INDEX"] = "0", ["HARNESS_SHARD_COUNT"] = "2" };
        var result = ShardSetup.Resolve("3/3", "+5s", "run-7", "steady", env, Clock);
        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        Assert.Equal(2, result.Shard!.Index);
        Assert.Equal("run-7", result.Shard.RunId);
        Assert.Equal(Clock.GetUtcNow().AddSeconds(5), result.StartAt);
    }

    [Fact]
    public void Resolve_EverythingWrong_ReportsEveryProblemAtOnce()
    {
        var env = new Hashtable { ["JOB_COMPLETION_INDEX"] = "1" };
        var result = ShardSetup.Resolve(null, "tomorrow", "bad id!", "steady", env, Clock);
        Assert.False(result.IsValid);
        Assert.Contains(result.Problems, p => p.Contains("HARNESS_SHARD_COUNT", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.StartsWith("--start-at:", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.StartsWith("--run-id:", StringComparison.Ordinal));
    }

    [Fact]
    public void Resolve_SeveralShardsWithoutCommonStart_IsRefused()
    {
        var none = ShardSetup.Resolve("1/2", null, null, "steady", new Hashtable(), Clock);
        Assert.Contains(none.Problems, p => p.StartsWith("--start-at:", StringComparison.Ordinal));
        var relative = ShardSetup.Resolve("1/2", "+10s", null, "steady", new Hashtable(), Clock);
        Assert.Contains(relative.Problems, p => p.StartsWith("--run-id:", StringComparison.Ordinal));
    }

    [Fact]
    public void Resolve_NoShardAnywhere_IsAWholeRun()
    {
        var result = ShardSetup.Resolve(null, null, null, "steady", new Hashtable(), Clock);
        Assert.True(result.IsValid);
        Assert.Null(result.Shard);
        Assert.Null(result.StartAt);
    }

    [Theory]
    [InlineData("2026-03-01T12:00:05Z", 5)]
    [InlineData("2026-03-01T14:00:05+02:00", 5)]
    [InlineData("2026-03-01T12:00:05.250Z", 5.25)]
    [InlineData("+90s", 90)]
    [InlineData("+2m", 120)]
    public void StartTime_AbsoluteOrRelative_IsUtc(string text, double secondsFromNow)
    {
        Assert.True(StartTime.TryParse(text, Clock, out var at, out _, out var error), error);
        Assert.Equal(TimeSpan.Zero, at.Offset);
        Assert.Equal(secondsFromNow, (at - Clock.GetUtcNow()).TotalSeconds, 3);
    }

    [Theory]
    [InlineData("2026-03-01 12:00:05")]
    [InlineData("2026-03-01T12:00:05")]
    [InlineData("+ten")]
    public void StartTime_NoZoneOrNoDuration_IsRefused(string text) =>
        Assert.False(StartTime.TryParse(text, Clock, out _, out _, out _));
}
