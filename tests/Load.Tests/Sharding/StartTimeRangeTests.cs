using Harness.Load.Sharding;
using Microsoft.Extensions.Time.Testing;

namespace Harness.Load.Tests.Sharding;

/// <summary>Issue 15: a start beyond what an in-process wait can hold is a usage error, not an unhandled timer exception.</summary>
public sealed class StartTimeRangeTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData("+1200h")]
    [InlineData("2026-06-01T12:00:00Z")]
    public void TryParse_StartTooFarAhead_IsRefusedWithAReason(string text)
    {
        Assert.False(StartTime.TryParse(text, Clock, out _, out _, out var error));
        Assert.Contains("days away", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("+10s")]
    [InlineData("+167h")]
    [InlineData("2026-03-02T12:00:00Z")]
    public void TryParse_StartWithinAWeek_IsAccepted(string text) =>
        Assert.True(StartTime.TryParse(text, Clock, out _, out _, out _));
}
