using Harness.Fakes.Store;
using Microsoft.Extensions.Time.Testing;

namespace Harness.Fakes.Tests.Store;

/// <summary>The recent list's ring layout and the wall clock derived from request timestamps.</summary>
public sealed class RecentAndClockTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(100)]
    [InlineData(1000)]
    public void SlotOf_AnyRunOfPositions_EachHasASlotOfItsOwnAndNeighboursAreACacheLineApart(int capacity)
    {
        var recent = new RecentAlarms(capacity);
        var slots = Enumerable.Range(5_000, capacity).Select(i => recent.SlotOf(i)).ToList();

        Assert.Equal(capacity, slots.Distinct().Count());
        if (capacity >= 64)
        {
            Assert.All(slots.Zip(slots.Skip(1)), pair => Assert.True(Math.Abs(pair.First - pair.Second) >= 8, $"{pair}"));
        }
    }

    [Fact]
    public void Snapshot_MoreAddedThanKept_TheNewestCapacityNewestFirst()
    {
        var recent = new RecentAlarms(100);
        for (var i = 0; i < 250; i++)
        {
            recent.Add(new RecentAlarm(recent.NextSequence(), DateTimeOffset.UnixEpoch, "k***", StoreOutcome.Raised, null!));
        }

        Assert.Equal(Enumerable.Range(151, 100).Reverse().Select(i => (long)i), recent.Snapshot(1000).Select(a => a.Sequence));
        Assert.Equal([250L, 249L], recent.Snapshot(2).Select(a => a.Sequence));
    }

    [Fact]
    public void At_TimestampsBeforeAndAfterJumps_MatchesTheProvidersWallClock()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero));
        var clock = new WallClock(time);
        foreach (var step in new[] { TimeSpan.Zero, TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(999), TimeSpan.FromSeconds(5), TimeSpan.FromHours(2), TimeSpan.FromTicks(1) })
        {
            time.Advance(step);
            Assert.Equal(time.GetUtcNow(), clock.At(time.GetTimestamp()));
        }
    }

    [Fact]
    public void At_AnEarlierTimestamp_IsThatMuchEarlier()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero));
        var clock = new WallClock(time);
        var earlier = time.GetTimestamp();
        var then = time.GetUtcNow();
        time.Advance(TimeSpan.FromMinutes(3));
        _ = clock.At(time.GetTimestamp());

        Assert.Equal(then, clock.At(earlier));
    }
}
