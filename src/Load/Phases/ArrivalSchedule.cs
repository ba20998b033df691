namespace Harness.Load.Phases;

/// <summary>
/// The intended send times of an open phase, computed ahead of the requests and independent of
/// how the target answers (that independence is what makes response times honest).
/// </summary>
/// <remarks>
/// The rate profile is piecewise linear, so the expected number of arrivals by time t, N(t), is
/// piecewise quadratic. Arrival i happens when N(t) reaches u_i, with u_i = i for even spacing and a
/// running sum of Exp(1) draws for Poisson: one inversion handles constant, ramping and spiking rates
/// alike. Times are produced lazily so a long soak needs no memory for them.
/// </remarks>
internal sealed class ArrivalSchedule
{
    private readonly RateSegment[] _segments;
    private readonly bool _poisson;
    private readonly Random _random;
    private int _segment;
    private double _segmentStartSeconds;
    private double _segmentStartCount;
    private double _nextCount;

    public ArrivalSchedule(OpenPhase phase, int seed)
        : this(phase.Segments, phase.Arrival, seed)
    {
    }

    public ArrivalSchedule(IReadOnlyList<RateSegment> segments, ArrivalProcess arrival, int seed)
    {
        _segments = [.. segments];
        _poisson = arrival == ArrivalProcess.Poisson;
        _random = new Random(seed);
        _nextCount = _poisson ? ExponentialDraw() : 0;
    }

    /// <summary>The next intended send time, in seconds from the phase start; false when the phase is over.</summary>
    public bool TryNext(out double offsetSeconds)
    {
        while (_segment < _segments.Length)
        {
            var s = _segments[_segment];
            var duration = s.Duration.TotalSeconds;
            var segmentCount = s.Arrivals;
            var within = _nextCount - _segmentStartCount;
            if (within < segmentCount)
            {
                offsetSeconds = _segmentStartSeconds + Invert(s.FromPerSecond, (s.ToPerSecond - s.FromPerSecond) / duration, within);
                _nextCount += _poisson ? ExponentialDraw() : 1;
                return true;
            }

            _segment++;
            _segmentStartSeconds += duration;
            _segmentStartCount += segmentCount;
        }

        offsetSeconds = 0;
        return false;
    }

    // Solves a*t + k*t^2/2 = r for t >= 0; the form 2r/(a+sqrt(a^2+2kr)) stays exact when k is 0 or negative.
    private static double Invert(double startRate, double slope, double count)
    {
        if (count <= 0)
        {
            return 0;
        }

        var root = Math.Sqrt(Math.Max(0, (startRate * startRate) + (2 * slope * count)));
        return 2 * count / (startRate + root);
    }

    private double ExponentialDraw() => -Math.Log(1 - _random.NextDouble());
}
