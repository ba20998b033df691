using Harness.Contract.Text;
using Harness.Load.Scenarios;

namespace Harness.Load.Tests.Scenarios;

public class DurationTextTests
{
    [Theory]
    [InlineData("500ms", 0, 0, 0, 500)]
    [InlineData("30s", 0, 0, 30, 0)]
    [InlineData("2m", 0, 2, 0, 0)]
    [InlineData("1h", 1, 0, 0, 0)]
    [InlineData("1m30s", 0, 1, 30, 0)]
    [InlineData("1h15m", 1, 15, 0, 0)]
    [InlineData("1.5s", 0, 0, 1, 500)]
    [InlineData("0s", 0, 0, 0, 0)]
    public void TryParse_ValidText_GivesTheTimeSpan(string text, int hours, int minutes, int seconds, int milliseconds)
    {
        Assert.True(DurationText.TryParse(text, out var value, out var error), error);
        Assert.Equal(new TimeSpan(0, hours, minutes, seconds, milliseconds), value);
    }

    [Theory]
    [InlineData("", "required")]
    [InlineData("30", "needs a unit")]
    [InlineData("30sec", "unknown unit 'sec'")]
    [InlineData("s", "expected a number")]
    [InlineData("-5s", "expected a number")]
    [InlineData("30s1m", "larger to smaller")]
    [InlineData("1s1s", "larger to smaller")]
    [InlineData("1.2.3s", "expected a number")]
    [InlineData("99999999999999999999h", "too long")]
    [InlineData("9999999999999999999999999999h", "too long")]
    [InlineData("1000000000h1s", "too long")]
    public void TryParse_InvalidText_SaysWhy(string text, string expected)
    {
        Assert.False(DurationText.TryParse(text, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("500ms")]
    [InlineData("30s")]
    [InlineData("1m30s")]
    [InlineData("1h")]
    [InlineData("2h3m4s5ms")]
    [InlineData("0.25ms")]
    public void Format_ParsedText_RoundTrips(string text)
    {
        Assert.True(DurationText.TryParse(text, out var value, out _));
        Assert.Equal(text, DurationText.Format(value));
        Assert.True(DurationText.TryParse(DurationText.Format(value), out var again, out _));
        Assert.Equal(value, again);
    }
}
