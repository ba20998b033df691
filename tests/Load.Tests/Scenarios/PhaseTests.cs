using Harness.Load.Phases;
using Harness.Load.Scenarios;

namespace Harness.Load.Tests.Scenarios;

public class PhaseTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    [Theory]
    [InlineData(0, 10)]
    [InlineData(5, 55)]
    [InlineData(10, 100)]
    [InlineData(20, 100)]
    public void RampingRate_RateAt_InterpolatesLinearly(double at, double expected) =>
        Assert.Equal(expected, new RampingRatePhase { From = 10, To = 100, Duration = S(10) }.RateAt(S(at)), 9);

    [Theory]
    [InlineData(0, 10)]
    [InlineData(19.9, 10)]
    [InlineData(21, 55)]
    [InlineData(22, 100)]
    [InlineData(31.9, 100)]
    [InlineData(33, 55)]
    [InlineData(34, 10)]
    [InlineData(59, 10)]
    public void Spike_RateAt_ClimbsHoldsAndFalls(double at, double expected)
    {
        var spike = new SpikePhase { BaseRate = 10, SpikeRate = 100, Duration = S(60), SpikeAt = S(20), SpikeDuration = S(10), RampTime = S(2) };
        Assert.Equal(expected, spike.RateAt(S(at)), 6);
        Assert.Equal(100, spike.PeakRate);
    }

    [Fact]
    public void RampingConcurrency_UsersAt_Rounds()
    {
        var ramp = new RampingConcurrencyPhase { From = 0, To = 10, Duration = S(10) };
        Assert.Equal([0, 1, 5, 10], new[] { 0, 1, 5, 10 }.Select(t => ramp.UsersAt(S(t))));
    }
}
