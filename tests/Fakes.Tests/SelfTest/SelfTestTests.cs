using Harness.Contract;
using Harness.Fakes.SelfTest;

namespace Harness.Fakes.Tests.SelfTest;

public class SelfTestTests
{
    [Theory]
    [InlineData("strict")]
    [InlineData("lenient")]
    public async Task RunAsync_ReferenceReceiver_EveryDecisionsRowMatches(string profile)
    {
        var options = new FakeReceiverOptions { Profile = profile == "strict" ? ReceiverProfile.Strict : ReceiverProfile.Lenient };

        var report = await ReceiverSelfTest.RunAsync(options);

        Assert.True(report.Failures == 0, string.Join("\n", report.Rows.Where(r => r.Problem is not null).Select(r => $"{r.Row} {r.Title}: {r.Actual} ({r.Problem})")));
        Assert.Equal(SelfTestCases.For(options.Profile, report.Key, options.MaxBodyBytes).Count, report.Rows.Count);
        Assert.Contains(report.Rows, r => r.Row == "14" && r.Actual.StartsWith("429", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_ProfileFileReadingEachOpenPointItsOwnWay_EveryRowFollowsItsFlag()
    {
        // Neither strict nor lenient: rows 3 and 9 lenient, 7 and 8 strict, 17 and 18 the other way from both, depth 10.
        var profile = ReceiverProfile.Strict with
        {
            Name = "mixed", CoercesTime = true, AcceptsAnyContentType = true, AcceptsBlankStrings = false, SkipsByteOrderMark = false, MaxDepth = 10,
        };

        var report = await ReceiverSelfTest.RunAsync(new FakeReceiverOptions { Profile = profile });

        Assert.True(report.Failures == 0, string.Join("\n", report.Rows.Where(r => r.Problem is not null).Select(r => $"{r.Row} {r.Title}: {r.Actual} ({r.Problem})")));
        string Expected(string row, string titleStart) => Assert.Single(report.Rows, r => r.Row == row && r.Title.StartsWith(titleStart, StringComparison.Ordinal)).Expected;
        Assert.StartsWith("200", Expected("3", "time"), StringComparison.Ordinal);
        Assert.StartsWith("400", Expected("7", "alarmLevel"), StringComparison.Ordinal);
        Assert.StartsWith("400", Expected("8", "alarmName"), StringComparison.Ordinal);
        Assert.StartsWith("200", Expected("9", "Content-Type"), StringComparison.Ordinal);
        Assert.StartsWith("400", Expected("9", "containers nested 11 deep"), StringComparison.Ordinal);
        Assert.StartsWith("400", Expected("17", "alarmDesc"), StringComparison.Ordinal);
        Assert.StartsWith("400", Expected("18", "UTF-8"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_SmallerBodyLimit_RowTenUsesIt()
    {
        var report = await ReceiverSelfTest.RunAsync(new FakeReceiverOptions { MaxBodyBytes = 4096 });

        var row = Assert.Single(report.Rows, r => r.Row == "10");
        Assert.Contains("4096", row.Title, StringComparison.Ordinal);
        Assert.Null(row.Problem);
    }
}
