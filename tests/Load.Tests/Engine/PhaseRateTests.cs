using Harness.Load.Engine;
using Harness.Load.Measurement;
using Harness.Load.Phases;

namespace Harness.Load.Tests.Engine;

public class PhaseRateTests
{
    [Fact]
    public void Phase_IterationsEndingBeforeMaxDuration_AchievedRateUsesActualTime()
    {
        var plan = new IterationsPhase { Name = "storm", Count = 2000, Concurrency = 50, MaxDuration = TimeSpan.FromSeconds(60) };

        var result = ResultBuilder.Phase(plan, default, new RequestCounts { Scheduled = 0, Sent = 2000 }, TimeSpan.FromMilliseconds(800), seed: 1);

        Assert.Equal(2500, result.AchievedPerSecond, precision: 6);
    }

    [Fact]
    public void Phase_OpenPhaseEndingEarly_AchievedRateStillUsesPlannedTime()
    {
        var plan = new ConstantRatePhase { Name = "steady", Rate = 100, Duration = TimeSpan.FromSeconds(10) };

        var result = ResultBuilder.Phase(plan, default, new RequestCounts { Scheduled = 1000, Sent = 500 }, TimeSpan.FromSeconds(5), seed: 1);

        Assert.Equal(50, result.AchievedPerSecond, precision: 6);
        Assert.True(result.BelowTarget);
    }

    [Fact]
    public void Phase_OpenPhaseStoppedEarly_AchievedRateUsesTheTimeItRan()
    {
        var plan = new ConstantRatePhase { Name = "steady", Rate = 40, Duration = TimeSpan.FromSeconds(20) };

        var result = ResultBuilder.Phase(plan, default, new RequestCounts { Scheduled = 41, Sent = 41 }, TimeSpan.FromMilliseconds(1025), seed: 1, stoppedEarly: true, lateAfter: TimeSpan.FromMilliseconds(10));

        Assert.Equal(40, result.AchievedPerSecond, precision: 6);
        Assert.False(result.BelowTarget);
    }
}
