using Harness.Load.Phases;

namespace Harness.Load.Tests.Phases;

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

    [Theory]
    [InlineData(0, 0)]
    [InlineData(2.5, 3)]
    [InlineData(5, 5)]
    [InlineData(10, 10)]
    [InlineData(12, 10)]
    public void RampingConcurrency_UsersAt_InterpolatesAndHoldsTheEnd(double seconds, int expected) =>
        Assert.Equal(expected, new RampingConcurrencyPhase { From = 0, To = 10, Duration = S(10) }.UsersAt(S(seconds)));

    [Fact]
    public void Spike_Segments_ClimbHoldFallAndReturnToBase()
    {
        var spike = new SpikePhase { BaseRate = 10, SpikeRate = 100, Duration = S(30), SpikeAt = S(10), SpikeDuration = S(5), RampTime = S(2) };

        Assert.Equal(
            [new(S(10), 10, 10), new(S(2), 10, 100), new(S(5), 100, 100), new(S(2), 100, 10), new RateSegment(S(11), 10, 10)],
            spike.Segments);
        Assert.Equal((10 * 21) + (100 * 5) + (55 * 4), spike.PlannedArrivals, 9);
    }

    [Fact]
    public void Spike_LongerThanItsPhase_IsCutAtTheEnd()
    {
        var spike = new SpikePhase { BaseRate = 0, SpikeRate = 100, Duration = S(11), SpikeAt = S(10), SpikeDuration = S(5), RampTime = S(2) };

        Assert.Equal([new(S(10), 0, 0), new RateSegment(S(1), 0, 50)], spike.Segments);
        Assert.Equal(S(11), spike.Segments.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Duration));
    }

    [Fact]
    public void Stretched_Spike_StretchesItsOffsetsWithIt()
    {
        var spike = new SpikePhase { BaseRate = 10, SpikeRate = 100, Duration = S(60), SpikeAt = S(20), SpikeDuration = S(10), RampTime = S(2) };

        var longer = Assert.IsType<SpikePhase>(spike.Stretched(2));

        Assert.Equal((S(120), S(40), S(20), S(4)), (longer.Duration, longer.SpikeAt, longer.SpikeDuration, longer.RampTime));
        Assert.Equal(spike.RateAt(S(21)), longer.RateAt(S(42)), 9);
    }

    [Fact]
    public void Runnable_WarmUp_IsTheConstantPhaseItStandsFor()
    {
        var open = new WarmUpPhase { Rate = 5, Duration = S(2), Arrival = ArrivalProcess.Poisson };
        var closed = new WarmUpPhase { Users = 3, Duration = S(2), Name = "settle" };

        Assert.Equal(new ConstantRatePhase { Name = "warmup", Warmup = true, Rate = 5, Duration = S(2), Arrival = ArrivalProcess.Poisson }, open.Runnable);
        Assert.Equal(new ConstantConcurrencyPhase { Name = "settle", Warmup = true, Users = 3, Duration = S(2) }, closed.Runnable);
        Assert.True(open.IsWarmup && closed.IsWarmup);
        Assert.Equal((PhaseKind.Open, PhaseKind.Closed), (open.Kind, closed.Kind));
    }

    [Fact]
    public void RampingConcurrency_UsersAt_Rounds()
    {
        var ramp = new RampingConcurrencyPhase { From = 0, To = 10, Duration = S(10) };
        Assert.Equal([0, 1, 5, 10], new[] { 0, 1, 5, 10 }.Select(t => ramp.UsersAt(S(t))));
    }
}
