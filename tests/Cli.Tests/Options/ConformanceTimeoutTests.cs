using Harness.Cli.Commands;

namespace Harness.Cli.Tests.Options;

/// <summary><c>harness conformance --timeout</c> takes the one duration syntax of every other option.</summary>
public sealed class ConformanceTimeoutTests
{
    private static ConformanceArguments With(string? timeout) =>
        new(null, null, null, [], null, false, timeout, null, [], [], null, null, null, "results", false, null);

    [Theory]
    [InlineData("10s", 10_000)]
    [InlineData("500ms", 500)]
    [InlineData("1m30s", 90_000)]
    public void ToOptions_DurationWithUnit_IsTheRequestTimeout(string text, int milliseconds)
    {
        var options = With(text).ToOptions(out var problems);

        Assert.Empty(problems);
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), options.Timeout);
    }

    [Fact]
    public void ToOptions_BareNumber_IsRefusedWithTheSpellingToUse()
    {
        With("10").ToOptions(out var problems);

        Assert.Equal("--timeout: '10' has no unit; write '10s' for seconds (durations take a unit: 500ms, 10s, 1m)", Assert.Single(problems));
    }

    [Fact]
    public void ToOptions_NotADuration_NamesTheOptionAndTheProblem()
    {
        With("soon").ToOptions(out var problems);

        Assert.StartsWith("--timeout: 'soon' is not a duration", Assert.Single(problems), StringComparison.Ordinal);
    }

    [Fact]
    public void ToOptions_LeftOut_TakesTheDefault()
    {
        var options = With(null).ToOptions(out var problems);

        Assert.Empty(problems);
        Assert.Equal(TimeSpan.FromSeconds(10), options.Timeout);
    }
}
