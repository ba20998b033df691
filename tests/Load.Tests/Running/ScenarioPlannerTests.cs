using Harness.Load.Running;
using Harness.Load.Scenarios;
using Harness.Load.Workload;

namespace Harness.Load.Tests.Running;

public class ScenarioPlannerTests
{
    [Fact]
    public void SpikeSegments_Spike_ClimbsHoldsFallsAndReturnsToBase()
    {
        var spike = new SpikePhase
        {
            BaseRate = 10, SpikeRate = 100, Duration = TimeSpan.FromSeconds(30),
            SpikeAt = TimeSpan.FromSeconds(10), SpikeDuration = TimeSpan.FromSeconds(5), RampTime = TimeSpan.FromSeconds(2),
        };

        var segments = ScenarioPlanner.SpikeSegments(spike);

        Assert.Equal(
            [new(TimeSpan.FromSeconds(10), 10, 10), new(TimeSpan.FromSeconds(2), 10, 100), new(TimeSpan.FromSeconds(5), 100, 100),
             new(TimeSpan.FromSeconds(2), 100, 10), new RateSegment(TimeSpan.FromSeconds(11), 10, 10)],
            segments);
        // The engine's schedule agrees with the model's own rate curve.
        for (var t = 0.5; t < 30; t += 1)
        {
            Assert.Equal(spike.RateAt(TimeSpan.FromSeconds(t)), RateAt(segments, t), 6);
        }
    }

    [Fact]
    public void ToPhase_EveryPhaseType_MapsToTheEngineModel()
    {
        var scenario = Scenario.Create("all")
            .WarmUpUsers(2, TimeSpan.FromSeconds(1))
            .RampingRate(0, 50, TimeSpan.FromSeconds(10), ArrivalProcess.Poisson)
            .RampingConcurrency(1, 8, TimeSpan.FromSeconds(5))
            .Iterations(100, concurrency: 4)
            .Build();

        var plan = ScenarioPlanner.ToPlan(scenario, new ScenarioRunOptions { Target = new Uri("http://127.0.0.1:1/"), Key = "k" }.EndpointFor(scenario)!, TransportKind.Auto);

        Assert.Empty(plan.Validate());
        Assert.Equal([PhaseKind.Closed, PhaseKind.Open, PhaseKind.Closed, PhaseKind.Iterations], plan.Phases.Select(p => p.Kind));
        Assert.True(plan.Phases[0].IsWarmup);
        Assert.Equal(ArrivalSpacing.Poisson, plan.Phases[1].Spacing);
        Assert.Equal((1, 8), (plan.Phases[2].UsersFrom, plan.Phases[2].UsersTo));
        Assert.Equal(100, plan.Phases[3].Iterations);
    }

    private static double RateAt(IReadOnlyList<RateSegment> segments, double t)
    {
        foreach (var s in segments)
        {
            var d = s.Duration.TotalSeconds;
            if (t < d)
            {
                return s.FromPerSecond + ((s.ToPerSecond - s.FromPerSecond) * t / d);
            }

            t -= d;
        }

        return double.NaN;
    }
}
