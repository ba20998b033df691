using Harness.Load.Measurement;
using Harness.Load.Records;

namespace Harness.Load.Tests.Measurement;

public class SelfCheckTests
{
    [Fact]
    public void From_LagHistogram_ReportsItsPercentilesAndJudgesOnP99()
    {
        var lag = LatencyHistograms.Create();
        for (var i = 1; i <= 1000; i++)
        {
            lag.RecordValue(i * 30); // 30 us .. 30 ms
        }

        var check = SelfCheck.From(0, lag);

        Assert.Equal(["p50", "p90", "p99", "p99.9", "max"], check.SchedulerLagMs.Keys);
        Assert.InRange(check.SchedulerLagMs["p50"], 14.9, 15.1);
        Assert.InRange(check.SchedulerLagMs["max"], 29.9, 30.1);
        Assert.True(check.Understated);
        Assert.Contains(check.Reasons, r => r.Contains("p99 lag", StringComparison.Ordinal));
    }

    [Fact]
    public void From_NoScheduledStarts_NoPercentilesAndNotUnderstated()
    {
        var check = SelfCheck.From(0, LatencyHistograms.Create());

        Assert.Empty(check.SchedulerLagMs);
        Assert.False(check.Understated);
    }
}
