using Harness.Contract;
using Harness.Contract.Validation;
using Harness.Generators.Broken;
using Harness.Generators.Pools;
using Harness.Generators.Streams;
using Microsoft.Extensions.Time.Testing;

namespace Harness.Generators.Tests.Pools;

public class PayloadPoolTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2024, 2, 28, 11, 7, 24, TimeSpan.Zero));

    [Fact]
    public void Build_ValidOnly_EveryPayloadPassesAndIsDistinct()
    {
        var pool = PayloadPool.Build(new PayloadPoolOptions { Size = 2000, Seed = 3, Time = Clock });
        var validator = new AlarmValidator(Profile.Strict);
        var bodies = new HashSet<string>();
        for (var i = 0; i < pool.Count; i++)
        {
            var payload = pool[i];
            Assert.Equal(i, payload.Index);
            Assert.Null(payload.CaseId);
            Assert.Equal(200, payload.ExpectedStatus);
            Assert.True(validator.Validate(payload.Body.Span, payload.ContentType).IsValid);
            bodies.Add(Convert.ToBase64String(payload.Body.Span));
        }

        Assert.Equal(pool.Count, bodies.Count);
    }

    [Theory]
    [InlineData(Profile.Strict)]
    [InlineData(Profile.Lenient)]
    public void Build_WithBrokenShare_ExactShareAndEachExpectationMatchesTheValidator(Profile profile)
    {
        var pool = PayloadPool.Build(new PayloadPoolOptions { Size = 1000, Seed = 5, BrokenShare = 0.25, Profile = profile, Time = Clock });
        var validator = new AlarmValidator(profile);
        var broken = 0;
        for (var i = 0; i < pool.Count; i++)
        {
            var payload = pool[i];
            var result = validator.Validate(payload.Body.Span, payload.ContentType);
            Assert.Equal(payload.ExpectedStatus == 200, result.IsValid);
            Assert.Equal(payload.ExpectedStatus == 200 ? "COC.00000000" : "COC.00000001", payload.ExpectedErrorCode);
            if (payload.CaseId is { } id)
            {
                broken++;
                Assert.True(BrokenCatalogue.Find(id)!.IsBodyLevel);
            }
        }

        Assert.Equal(250, broken);
    }

    [Fact]
    public void Build_SameOptions_GiveTheSameBytes()
    {
        var options = new PayloadPoolOptions { Size = 500, Seed = 77, BrokenShare = 0.1, Time = Clock };
        var a = PayloadPool.Build(options);
        var b = PayloadPool.Build(options);
        for (var i = 0; i < a.Count; i++)
        {
            Assert.True(a[i].Body.Span.SequenceEqual(b[i].Body.Span));
            Assert.Equal(a[i].CaseId, b[i].CaseId);
        }
    }

    [Fact]
    public void Build_WithStream_FollowsTheStream()
    {
        var stream = new AlarmStreamOptions();
        var pool = PayloadPool.Build(new PayloadPoolOptions { Size = 50, Seed = 2, Stream = stream, Time = Clock });
        var expected = new AlarmStream(stream, 2, Clock).Take(50).ToList();
        for (var i = 0; i < pool.Count; i++)
        {
            Assert.True(pool[i].Body.Span.SequenceEqual(expected[i].ToUtf8()));
        }
    }

    [Fact]
    public void Next_RoundRobin_WrapsAround()
    {
        var pool = PayloadPool.Build(new PayloadPoolOptions { Size = 3, Time = Clock });
        Assert.Equal([0, 1, 2, 0, 1], Enumerable.Range(0, 5).Select(_ => pool.Next().Index));
    }

    [Fact]
    public void Next_ManyCalls_AllocatesNothing()
    {
        var pool = PayloadPool.Build(new PayloadPoolOptions { Size = 16, Time = Clock });
        pool.Next();
        var before = GC.GetAllocatedBytesForCurrentThread();
        long sum = 0;
        for (var i = 0; i < 100_000; i++)
        {
            sum += pool.Next().Body.Length;
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(sum > 0);
    }

    [Fact]
    public void Next_ManyThreads_HandsOutEveryTicketOnce()
    {
        var pool = PayloadPool.Build(new PayloadPoolOptions { Size = 1000, Time = Clock });
        var counts = new int[pool.Count];
        Parallel.For(0, 4000, _ => Interlocked.Increment(ref counts[pool.Next().Index]));
        Assert.All(counts, c => Assert.Equal(4, c));
    }

    [Fact]
    public void Build_InvalidOptions_ThrowsNamingEveryProblem()
    {
        var error = Assert.Throws<ArgumentException>(() => PayloadPool.Build(new PayloadPoolOptions { Size = 0, BrokenShare = 2 }));
        Assert.Contains("Size:", error.Message, StringComparison.Ordinal);
        Assert.Contains("BrokenShare:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_PrefixMatchingNothing_IsAProblem()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            PayloadPool.Build(new PayloadPoolOptions { Size = 10, BrokenShare = 0.5, BrokenCasePrefixes = ["no-such-case"] }));
        Assert.Contains("BrokenCasePrefixes", error.Message, StringComparison.Ordinal);
    }
}
