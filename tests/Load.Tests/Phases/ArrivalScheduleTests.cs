using Harness.Load.Phases;

namespace Harness.Load.Tests.Phases;

public class ArrivalScheduleTests
{
    private static List<double> All(ArrivalSchedule schedule)
    {
        var times = new List<double>();
        while (schedule.TryNext(out var t))
        {
            times.Add(t);
        }

        return times;
    }

    [Fact]
    public void TryNext_EvenConstantRate_SpacesArrivalsExactly()
    {
        var times = All(new ArrivalSchedule([RateSegment.Constant(TimeSpan.FromSeconds(2), 10)], ArrivalProcess.Even, 1));

        Assert.Equal(20, times.Count);
        for (var i = 0; i < times.Count; i++)
        {
            Assert.Equal(i * 0.1, times[i], 9);
        }
    }

    [Fact]
    public void TryNext_FractionalRate_SendsOneEveryTwoSeconds()
    {
        var times = All(new ArrivalSchedule([RateSegment.Constant(TimeSpan.FromSeconds(10), 0.5)], ArrivalProcess.Even, 1));

        Assert.Equal([0, 2, 4, 6, 8], times.Select(t => Math.Round(t, 9)));
    }

    [Fact]
    public void TryNext_Poisson_HasTheRateAsMeanAndExponentialGaps()
    {
        var times = All(new ArrivalSchedule([RateSegment.Constant(TimeSpan.FromSeconds(200), 50)], ArrivalProcess.Poisson, 7));

        // 10,000 expected; a Poisson count stays within 4 standard deviations (4 * 100).
        Assert.InRange(times.Count, 9_600, 10_400);
        var gaps = times.Zip(times.Skip(1), (a, b) => b - a).ToList();
        Assert.InRange(gaps.Average(), 0.0195, 0.0205);
        // Exponential gaps: about e^-1 of them are longer than the mean.
        var longer = gaps.Count(g => g > 0.02) / (double)gaps.Count;
        Assert.InRange(longer, 0.34, 0.40);
        Assert.All(gaps, g => Assert.True(g >= 0));
    }

    [Fact]
    public void TryNext_PoissonWithSameSeed_IsRepeatable()
    {
        var a = All(new ArrivalSchedule([RateSegment.Constant(TimeSpan.FromSeconds(5), 20)], ArrivalProcess.Poisson, 3));
        var b = All(new ArrivalSchedule([RateSegment.Constant(TimeSpan.FromSeconds(5), 20)], ArrivalProcess.Poisson, 3));
        var c = All(new ArrivalSchedule([RateSegment.Constant(TimeSpan.FromSeconds(5), 20)], ArrivalProcess.Poisson, 4));

        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void TryNext_LinearRamp_PutsAQuarterOfArrivalsInTheFirstHalf()
    {
        // Rate 0 -> 100/s over 10 s: 500 arrivals, N(t) = 5 t^2, so 125 before t = 5 s.
        var times = All(new ArrivalSchedule([new RateSegment(TimeSpan.FromSeconds(10), 0, 100)], ArrivalProcess.Even, 1));

        Assert.Equal(500, times.Count);
        Assert.Equal(125, times.Count(t => t < 5));
        Assert.True(times.SequenceEqual(times.Order()));
        // Arrival i sits at sqrt(i / 5).
        Assert.Equal(Math.Sqrt(400 / 5.0), times[400], 6);
    }

    [Fact]
    public void TryNext_DescendingRampAndSegments_FollowTheProfile()
    {
        RateSegment[] segments =
            [RateSegment.Constant(TimeSpan.FromSeconds(1), 10), new RateSegment(TimeSpan.FromSeconds(2), 100, 0), RateSegment.Constant(TimeSpan.FromSeconds(1), 0)];
        var times = All(new ArrivalSchedule(segments, ArrivalProcess.Even, 1));

        Assert.Equal(110, segments.Sum(s => s.Arrivals), 9);
        Assert.Equal(110, times.Count);
        Assert.Equal(10, times.Count(t => t < 1));
        Assert.True(times[^1] < 3);
        // A falling rate crowds the arrivals early in its segment.
        Assert.Equal(75, times.Count(t => t is >= 1 and < 2));
        Assert.Equal(25, times.Count(t => t >= 2));
    }
}
