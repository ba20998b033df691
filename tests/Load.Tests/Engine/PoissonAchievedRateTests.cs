using Harness.Fakes;
using Harness.Load.Engine;
using Harness.Load.Measurement;
using Harness.Load.Phases;
using Harness.Load.Sharding;
using Harness.Load.Tests.Support;

namespace Harness.Load.Tests.Engine;

/// <summary>achieved_rate is sent over the arrivals the schedule drew, so Poisson's spread is no shortfall.</summary>
public class PoissonAchievedRateTests
{
    private static ConstantRatePhase Poisson(double rate, TimeSpan duration) => new()
    {
        Name = "main", Arrival = ArrivalProcess.Poisson, Rate = rate, Duration = duration,
    };

    [Fact]
    public void Phase_PoissonSeedsEverythingSent_NeverBelowTarget()
    {
        var phase = Poisson(500, TimeSpan.FromSeconds(3));
        var shortOfMean = 0;
        for (var seed = 1; seed <= 8; seed++)
        {
            var drawn = new PlannedArrivals(phase, seed, ShardSpec.Whole).Total();
            shortOfMean += drawn < 1500 * 0.99 ? 1 : 0;

            var result = ResultBuilder.Phase(phase, default, new RequestCounts { Scheduled = drawn, Sent = drawn }, TimeSpan.FromSeconds(3), seed);

            Assert.Equal(drawn, result.PlannedArrivals);
            Assert.False(result.BelowTarget, $"seed {seed}: {drawn} drawn and sent");
        }

        // The old comparison with the mean would have failed these seeds.
        Assert.True(shortOfMean > 0);
    }

    [Fact]
    public void CountUntil_ShardsOfOnePoissonSchedule_AddUpToTheWhole()
    {
        var phase = Poisson(200, TimeSpan.FromSeconds(2));
        var whole = new PlannedArrivals(phase, 7, ShardSpec.Whole).CountUntil(1.0);
        var parts = Enumerable.Range(0, 3).Sum(i => new PlannedArrivals(phase, 7, ShardSpec.Of(i, 3)).CountUntil(1.0));

        Assert.Equal(whole, parts);
        Assert.InRange(whole, 150, 250);
    }

    [Fact]
    public async Task RunAsync_FourPoissonSeedsAt500PerSecond_AchievedRateAtLeast99Percent()
    {
        await using var fake = await FakeReceiver.StartAsync(new FakeReceiverOptions());
        for (var seed = 1; seed <= 4; seed++)
        {
            var plan = Plans.Open(500, TimeSpan.FromSeconds(2), fake.BaseAddress, fake.Keys[0]) with
            {
                Connections = 16, Seed = seed, Phases = [Poisson(500, TimeSpan.FromSeconds(2))],
            };

            var result = await LoadEngine.RunAsync(plan, [Plans.Valid], new LoadRunOptions());

            var phase = Assert.Single(result.Phases);
            var achieved = (double)phase.Sent / phase.PlannedArrivals!.Value;
            Assert.True(achieved >= 0.99, $"seed {seed}: sent {phase.Sent} of {phase.PlannedArrivals} drawn");
            Assert.False(phase.BelowTarget);
        }
    }
}
