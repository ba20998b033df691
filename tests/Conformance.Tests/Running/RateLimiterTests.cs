using Harness.Conformance.Running;
using Microsoft.Extensions.Time.Testing;

namespace Harness.Conformance.Tests.Running;

public sealed class RateLimiterTests
{
    [Fact]
    public void WaitAsync_TenPerSecond_SpacesCallsByATenthOfASecond()
    {
        var clock = new FakeTimeProvider();
        var limiter = new RateLimiter(10, clock);

        var first = limiter.WaitAsync(CancellationToken.None);
        var second = limiter.WaitAsync(CancellationToken.None);
        var third = limiter.WaitAsync(CancellationToken.None);

        Assert.True(first.IsCompleted);
        Assert.False(second.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(100));
        Assert.True(second.IsCompleted);
        Assert.False(third.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(100));
        Assert.True(third.IsCompleted);
    }

    [Fact]
    public void WaitAsync_NoLimit_NeverWaits()
    {
        var limiter = new RateLimiter(null, new FakeTimeProvider());

        Assert.All(Enumerable.Range(0, 100), _ => Assert.True(limiter.WaitAsync(CancellationToken.None).IsCompleted));
    }
}
