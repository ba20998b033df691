using Harness.Load.Engine;
using Harness.Load.Phases;
using Harness.Load.Running;
using Harness.Load.Scenarios;

namespace Harness.Load.Tests.Running;

public class ScenarioRunnerPlanTests
{
    [Fact]
    public void ToPlan_EveryPhaseType_GoesToTheEngineAsItIs()
    {
        var scenario = Scenario.Create("all")
            .WarmUpUsers(2, TimeSpan.FromSeconds(1))
            .RampingRate(0, 50, TimeSpan.FromSeconds(10), ArrivalProcess.Poisson)
            .RampingConcurrency(1, 8, TimeSpan.FromSeconds(5))
            .Iterations(100, concurrency: 4)
            .Build();

        var plan = ScenarioRunner.ToPlan(scenario, new ScenarioRunOptions { Target = new Uri("http://127.0.0.1:1/"), Key = "k" }.EndpointFor(scenario)!, TransportKind.Auto);

        Assert.Empty(plan.Validate());
        Assert.Equal([PhaseKind.Closed, PhaseKind.Open, PhaseKind.Closed, PhaseKind.Iterations], plan.Phases.Select(p => p.Kind));
        Assert.True(plan.Phases[0].IsWarmup);
        Assert.Equal(scenario.Phases, plan.Phases);
        Assert.Equal(ArrivalProcess.Poisson, Assert.IsType<RampingRatePhase>(plan.Phases[1]).Arrival);
        Assert.Equal(8, Assert.IsType<RampingConcurrencyPhase>(plan.Phases[2]).MaxUsers);
    }
}
