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
        Assert.Equal(SelfTestCases.For(options.Profile.Named ?? Profile.Strict, report.Key, options.MaxBodyBytes).Count, report.Rows.Count);
        Assert.Contains(report.Rows, r => r.Row == "14" && r.Actual.StartsWith("429", StringComparison.Ordinal));
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
