using Harness.Load.Phases;
using Harness.Load.Sharding;

namespace Harness.Load.Tests.Sharding;

public sealed class ShardSpecTests
{
    private static readonly double[] Rates = [0.3, 0.5, 1, 2.5, 3.3, 7.25, 10, 33.3, 59.9, 100, 250.75];
    private static readonly double[] Seconds = [0.9, 1, 2.5, 7, 13.37];

    [Theory]
    [InlineData("1/1", 0, 1)]
    [InlineData("2/3", 1, 3)]
    [InlineData(" 3 / 3 ", 2, 3)]
    public void TryParse_OneBasedText_GivesZeroBasedIndex(string text, int index, int count)
    {
        Assert.True(ShardSpec.TryParse(text, out var shard, out _));
        Assert.Equal(index, shard.Index);
        Assert.Equal(count, shard.Count);
        Assert.Equal(text.Replace(" ", "", StringComparison.Ordinal), shard.Display);
    }

    [Theory]
    [InlineData("0/3")]
    [InlineData("4/3")]
    [InlineData("1/0")]
    [InlineData("a/b")]
    [InlineData("3")]
    [InlineData("-1/3")]
    [InlineData("1/3/4")]
    public void TryParse_BadText_ExplainsTheForm(string text)
    {
        Assert.False(ShardSpec.TryParse(text, out _, out var error));
        Assert.Contains(text, error, StringComparison.Ordinal);
    }

    [Fact]
    public void ShareOf_ManyWholesAndCounts_SumExactlyAndDifferByAtMostOne()
    {
        for (var n = 1; n <= 16; n++)
        {
            for (long whole = 0; whole <= 300; whole += whole < 40 ? 1 : 7)
            {
                var shares = Enumerable.Range(0, n).Select(i => ShardSpec.Of(i, n).ShareOf(whole)).ToList();
                Assert.Equal(whole, shares.Sum());
                Assert.True(shares.Max() - shares.Min() <= 1, $"n={n} whole={whole}: {string.Join(",", shares)}");
            }
        }
    }

    [Fact]
    public void OpenArrivals_FractionalRatesAnyShardCount_ShardsPartitionTheWholeSchedule()
    {
        foreach (var spacing in new[] { ArrivalProcess.Even, ArrivalProcess.Poisson })
        {
            foreach (var rate in Rates)
            {
                foreach (var seconds in Seconds)
                {
                    var segments = new[] { new RateSegment(TimeSpan.FromSeconds(seconds), rate, rate * 1.5) };
                    var whole = Offsets(new ArrivalSchedule(segments, spacing, 11));
                    for (var n = 1; n <= 7; n++)
                    {
                        var taken = new List<(long Index, double Offset)>();
                        for (var i = 0; i < n; i++)
                        {
                            var shard = ShardSpec.Of(i, n);
                            // Each shard walks the same seeded schedule and keeps its own arrivals, as the open runner does.
                            var own = Offsets(new ArrivalSchedule(segments, spacing, 11)).Where(a => shard.Owns(a.Index)).ToList();
                            Assert.Equal(shard.ShareOf(whole.Count), own.Count);
                            taken.AddRange(own);
                        }

                        Assert.Equal(whole.Count, taken.Select(a => a.Index).Distinct().Count());
                        Assert.Equal(whole, taken.OrderBy(a => a.Index).ToList());
                    }
                }
            }
        }
    }

    [Fact]
    public void ClosedUsers_RampsAndShardCounts_ActiveUsersAddUpAtEveryMoment()
    {
        foreach (var (from, to) in new[] { (0, 10), (1, 1), (2, 2), (7, 3), (5, 40), (13, 0) })
        {
            var duration = TimeSpan.FromSeconds(10);
            for (var n = 1; n <= 8; n++)
            {
                for (var t = TimeSpan.Zero; t <= duration; t += TimeSpan.FromMilliseconds(250))
                {
                    var wanted = new RampingConcurrencyPhase { From = from, To = to, Duration = duration }.UsersAt(t);
                    var active = 0;
                    for (var i = 0; i < n; i++)
                    {
                        var shard = ShardSpec.Of(i, n);
                        var users = shard.ShareOf(Math.Max(from, to));
                        active += Enumerable.Range(0, users).Count(u => shard.WholeIndex(u) < wanted);
                    }

                    Assert.Equal(wanted, active);
                }
            }
        }
    }

    [Fact]
    public void Iterations_AnyConcurrencyAndShardCount_SumToTheCountAndOnlyShardsWithUsersGetAny()
    {
        foreach (var count in new long[] { 0, 1, 2, 9, 10, 1001 })
        {
            foreach (var users in new[] { 1, 2, 3, 8, 50 })
            {
                for (var n = 1; n <= 9; n++)
                {
                    var shards = Enumerable.Range(0, n).Select(i => ShardSpec.Of(i, n)).ToList();
                    Assert.Equal(count, shards.Sum(s => s.IterationsOf(count, users)));
                    Assert.All(shards.Where(s => s.ShareOf(users) == 0), s => Assert.Equal(0, s.IterationsOf(count, users)));
                }
            }
        }
    }

    [Fact]
    public void PayloadPositions_AnyShardCount_AreDisjointAndCoverTheStream()
    {
        for (var n = 1; n <= 12; n++)
        {
            const long Sent = 997;
            var positions = Enumerable.Range(0, n)
                .Select(i => ShardSpec.Of(i, n))
                .SelectMany(s => Enumerable.Range(0, (int)s.ShareOf(Sent)).Select(local => s.WholeIndex(local)))
                .ToList();
            Assert.Equal(positions.Count, positions.Distinct().Count());
            Assert.Equal(Enumerable.Range(0, (int)Sent).Select(i => (long)i), positions.Order());
        }
    }

    private static List<(long Index, double Offset)> Offsets(ArrivalSchedule schedule)
    {
        var list = new List<(long, double)>();
        for (long i = 0; schedule.TryNext(out var offset); i++)
        {
            list.Add((i, offset));
        }

        return list;
    }
}
