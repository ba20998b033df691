using Harness.Fakes.Faults;
using Microsoft.Extensions.Time.Testing;

namespace Harness.Fakes.Tests.Faults;

/// <summary>The fault spec strings and the samplers behind them.</summary>
public sealed class SpecParsingTests
{
    [Theory]
    [InlineData("fixed:5ms", LatencyKind.Fixed, 5, 0)]
    [InlineData("uniform:1ms..20ms", LatencyKind.Uniform, 1, 20)]
    [InlineData("exp:10ms", LatencyKind.Exponential, 10, 0)]
    [InlineData("normal:mean=10ms,sd=2ms", LatencyKind.Normal, 10, 2)]
    [InlineData("lognormal:median=5ms,p99=50ms", LatencyKind.LogNormal, 5, 50)]
    [InlineData("fixed:1.5s", LatencyKind.Fixed, 1500, 0)]
    [InlineData("fixed:250us", LatencyKind.Fixed, 0.25, 0)]
    public void LatencySpec_TryParse_ReadsEachForm(string text, LatencyKind kind, double firstMs, double secondMs)
    {
        Assert.True(LatencySpec.TryParse(text, out var spec, out var problem), problem);
        Assert.Equal(kind, spec!.Kind);
        Assert.Equal(firstMs, spec.First.TotalMilliseconds, 6);
        Assert.Equal(secondMs, spec.Second.TotalMilliseconds, 6);
    }

    [Theory]
    [InlineData("")]
    [InlineData("5ms")]
    [InlineData("fixed:5")]
    [InlineData("fixed:-5ms")]
    [InlineData("uniform:20ms..1ms")]
    [InlineData("lognormal:median=50ms,p99=5ms")]
    [InlineData("lognormal:median=5ms")]
    [InlineData("gamma:5ms")]
    [InlineData("fixed:2h")]
    public void LatencySpec_TryParse_RefusesWithAReason(string text)
    {
        Assert.False(LatencySpec.TryParse(text, out var spec, out var problem));
        Assert.Null(spec);
        Assert.Contains(text, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void LatencySpec_Samples_FollowTheirDistribution()
    {
        var random = new Random(42);
        LatencySpec.TryParse("uniform:2ms..4ms", out var uniform, out _);
        LatencySpec.TryParse("exp:10ms", out var exp, out _);
        LatencySpec.TryParse("lognormal:median=5ms,p99=50ms", out var lognormal, out _);

        var uniformSamples = Enumerable.Range(0, 20_000).Select(_ => uniform!.Sample(random).TotalMilliseconds).ToArray();
        var expMean = Enumerable.Range(0, 20_000).Average(_ => exp!.Sample(random).TotalMilliseconds);
        var logSamples = Enumerable.Range(0, 20_000).Select(_ => lognormal!.Sample(random).TotalMilliseconds).Order().ToArray();

        Assert.All(uniformSamples, s => Assert.InRange(s, 2, 4));
        Assert.InRange(expMean, 9, 11);
        Assert.InRange(logSamples[10_000], 4.5, 5.5);
        Assert.InRange(logSamples[19_800], 40, 62);
    }

    [Theory]
    [InlineData("200ms/5s", 200, 5000)]
    [InlineData("1s/1m", 1000, 60000)]
    [InlineData("30s/1h", 30000, 3600000)] // one duration syntax: hours and compounds as --duration reads them
    [InlineData("1m30s/1h", 90000, 3600000)]
    public void StallSpec_TryParse_ReadsPauseAndPeriod(string text, double pauseMs, double everyMs)
    {
        Assert.True(StallSpec.TryParse(text, out var spec, out _));
        Assert.Equal((pauseMs, everyMs), (spec!.Pause.TotalMilliseconds, spec.Every.TotalMilliseconds));
    }

    [Theory]
    [InlineData("5s/5s")]
    [InlineData("0ms/5s")]
    [InlineData("200ms")]
    [InlineData("200ms every 5s")]
    public void StallSpec_TryParse_Refuses(string text) => Assert.False(StallSpec.TryParse(text, out _, out _));

    [Theory]
    [InlineData(0.5, 0)]
    [InlineData(5.0, 0)]
    [InlineData(10.0, 2)]
    [InlineData(10.5, 1.5)]
    [InlineData(11.99, 0.01)]
    [InlineData(12.0, 0)]
    [InlineData(20.0, 2)]
    public void StallSpec_RemainingAt_IsTheRestOfTheCurrentStall(double sinceStartSeconds, double remainingSeconds)
    {
        var spec = new StallSpec(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(10));

        Assert.Equal(remainingSeconds, spec.RemainingAt(TimeSpan.FromSeconds(sinceStartSeconds)).TotalSeconds, 6);
    }

    [Theory]
    [InlineData("100", 100, 100)]
    [InlineData("100/s", 100, 100)]
    [InlineData("100/s,burst=5", 100, 5)]
    public void RateLimitSpec_TryParse_ReadsRateAndBurst(string text, int perSecond, int burst)
    {
        Assert.True(RateLimitSpec.TryParse(text, out var spec, out _));
        Assert.Equal((perSecond, burst), (spec!.PerSecond, spec.Burst));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("10/m")]
    [InlineData("10/s,burst=0")]
    [InlineData("10/s,size=3")]
    public void RateLimitSpec_TryParse_Refuses(string text) => Assert.False(RateLimitSpec.TryParse(text, out _, out _));

    [Fact]
    public void Constructors_ValuesTryParseRefuses_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new StallSpec(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new StallSpec(TimeSpan.Zero, TimeSpan.FromSeconds(5)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RateLimitSpec(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RateLimitSpec(10, burst: 0));
    }

    [Fact]
    public void TokenBucket_RefillsAtTheRateUpToTheBurst()
    {
        var clock = new FakeTimeProvider();
        var bucket = new TokenBucket(new RateLimitSpec(10, burst: 2), clock);

        Assert.True(bucket.TryTake(out _));
        Assert.True(bucket.TryTake(out _));
        Assert.False(bucket.TryTake(out var wait));
        Assert.Equal(100, wait.TotalMilliseconds, 3);
        clock.Advance(TimeSpan.FromMilliseconds(100));
        Assert.True(bucket.TryTake(out _));
        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.True(bucket.TryTake(out _));
        Assert.True(bucket.TryTake(out _));
        Assert.False(bucket.TryTake(out _));
        Assert.Equal(1, TokenBucket.RetryAfterSeconds(TimeSpan.FromMilliseconds(1)));
        Assert.Equal(3, TokenBucket.RetryAfterSeconds(TimeSpan.FromSeconds(2.2)));
    }
}
