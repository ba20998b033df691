using Harness.Load.Phases;
using Harness.Load.Running;
using Harness.Load.Scenarios;

namespace Harness.Load.Tests.Scenarios;

public class ScenarioReshapeTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    private static readonly Scenario Mixed = Scenario.Create("mixed")
        .WarmUp(10, S(5))
        .RampingRate(0, 200, S(60))
        .Spike(50, 500, S(30), spikeAt: S(10), spikeDuration: S(5), rampTime: S(1))
        .ConstantConcurrency(4, S(30))
        .Iterations(100)
        .Build();

    [Fact]
    public void Rate_ScalesOpenPhasesSoThePeakIsTheNewRate()
    {
        var result = new ScenarioRunOptions { Rate = 250 }.Reshape(Mixed);
        Assert.Equal(5, Assert.IsType<WarmUpPhase>(result.Phases[0]).Rate);
        var ramp = Assert.IsType<RampingRatePhase>(result.Phases[1]);
        Assert.Equal((0, 100), (ramp.From, ramp.To));
        var spike = Assert.IsType<SpikePhase>(result.Phases[2]);
        Assert.Equal((25, 250), (spike.BaseRate, spike.SpikeRate));
        Assert.Equal(Mixed.Phases[3], result.Phases[3]);
        Assert.Equal(Mixed.Phases[4], result.Phases[4]);
    }

    [Fact]
    public void Rate_ConstantRateScenario_BecomesExactlyTheRate()
    {
        var steady = Scenario.Create("s").ConstantRate(200, S(60)).Build();
        Assert.Equal(0.5, Assert.IsType<ConstantRatePhase>(new ScenarioRunOptions { Rate = 0.5 }.Reshape(steady).Phases[0]).Rate);
    }

    [Fact]
    public void Rate_ClosedOnlyScenario_IsRefused()
    {
        var closed = Scenario.Create("c").ConstantConcurrency(4, S(10)).Build();
        Assert.False(new ScenarioRunOptions { Rate = 10 }.TryReshape(closed, out _, out var problems));
        Assert.Equal("--rate", Assert.Single(problems).Path);
    }

    [Fact]
    public void Duration_StretchesTimedMainPhasesInProportion()
    {
        var result = new ScenarioRunOptions { Duration = S(60) }.Reshape(Mixed);
        Assert.Equal(S(5), Assert.IsType<WarmUpPhase>(result.Phases[0]).Duration);
        Assert.Equal(S(30), Assert.IsType<RampingRatePhase>(result.Phases[1]).Duration);
        var spike = Assert.IsType<SpikePhase>(result.Phases[2]);
        Assert.Equal((S(15), S(5), S(2.5), S(0.5)), (spike.Duration, spike.SpikeAt, spike.SpikeDuration, spike.RampTime));
        Assert.Equal(S(15), Assert.IsType<ConstantConcurrencyPhase>(result.Phases[3]).Duration);
        Assert.Equal(Mixed.Phases[4], result.Phases[4]);
    }

    [Fact]
    public void Connections_RaisesTheInFlightCapWhenNeeded()
    {
        var scenario = Scenario.Create("x").Iterations(10).Transport(connections: 2, maxInFlight: 4).Build();
        var result = new ScenarioRunOptions { Connections = 16 }.Reshape(scenario);
        Assert.Equal((16, 16), (result.Transport.Connections, result.Transport.MaxInFlight));
    }

    [Fact]
    public void InvalidOverrides_ReportEveryProblem()
    {
        var error = Assert.Throws<ScenarioValidationException>(() =>
            new ScenarioRunOptions { Rate = -1, Duration = TimeSpan.Zero, Connections = 0 }.Reshape(Mixed));
        Assert.Equal(["--rate", "--duration", "--connections"], error.Problems.Select(p => p.Path));
    }

    [Fact]
    public void NoOverrides_LeaveTheScenarioEqual()
    {
        Assert.Same(Mixed, new ScenarioRunOptions().Reshape(Mixed));
        Assert.Equal(Mixed, new ScenarioRunOptions { Connections = Mixed.Transport.Connections }.Reshape(Mixed));
    }
}
