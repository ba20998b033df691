using Harness.Contract.Text;

namespace Harness.Load.Phases;

/// <summary>
/// Open model at <see cref="BaseRate"/> with one burst to <see cref="SpikeRate"/>: the spike
/// starts at <see cref="SpikeAt"/>, climbs over <see cref="RampTime"/>, holds for
/// <see cref="SpikeDuration"/>, and falls back over <see cref="RampTime"/>.
/// </summary>
public sealed record SpikePhase : OpenPhase
{
    /// <summary>Arrivals per second outside the spike.</summary>
    public required double BaseRate { get; init; }

    /// <summary>Arrivals per second at the top of the spike.</summary>
    public required double SpikeRate { get; init; }

    /// <summary>Offset from the phase start at which the climb begins.</summary>
    public required TimeSpan SpikeAt { get; init; }

    /// <summary>How long the top rate holds.</summary>
    public required TimeSpan SpikeDuration { get; init; }

    /// <summary>Time to climb to the top and to fall back (0 = a step).</summary>
    public TimeSpan RampTime { get; init; } = TimeSpan.Zero;

    // Base rate, climb, hold, fall, base rate again; cut at the phase's end.
    internal override IReadOnlyList<RateSegment> Segments
    {
        get
        {
            RateSegment[] wanted =
            [
                RateSegment.Constant(SpikeAt, BaseRate), new(RampTime, BaseRate, SpikeRate), RateSegment.Constant(SpikeDuration, SpikeRate),
                new(RampTime, SpikeRate, BaseRate), RateSegment.Constant(Duration, BaseRate),
            ];
            var segments = new List<RateSegment>();
            var left = Duration;
            foreach (var segment in wanted.Where(s => s.Duration > TimeSpan.Zero))
            {
                if (left <= TimeSpan.Zero)
                {
                    break;
                }

                segments.Add(segment.Duration <= left ? segment : segment.Cut(left));
                left -= segments[^1].Duration;
            }

            return segments;
        }
    }

    public override Phase Scaled(double factor) => this with { BaseRate = BaseRate * factor, SpikeRate = SpikeRate * factor };

    public override Phase Stretched(double factor) => this with
    {
        Duration = Duration * factor, SpikeAt = SpikeAt * factor, SpikeDuration = SpikeDuration * factor, RampTime = RampTime * factor,
    };

    internal override void ValidateRates(ProblemList problems, string path)
    {
        problems.Rate(path + ".baseRate", BaseRate, allowZero: true);
        problems.Rate(path + ".spikeRate", SpikeRate, allowZero: false);
        if (SpikeRate <= BaseRate && !problems.HasProblemAt(path + ".spikeRate"))
        {
            problems.Add(path + ".spikeRate", $"must be above baseRate ({ProblemList.Text(BaseRate)}), got {ProblemList.Text(SpikeRate)}");
        }

        problems.Duration(path + ".spikeAt", SpikeAt, Duration, allowZero: true);
        problems.Duration(path + ".spikeDuration", SpikeDuration, Duration);
        problems.Duration(path + ".rampTime", RampTime, Duration, allowZero: true);
        var end = SpikeAt + RampTime + SpikeDuration + RampTime;
        if (end > Duration && !problems.HasProblemAt(path))
        {
            problems.Add(path, $"spikeAt + 2 × rampTime + spikeDuration ({DurationText.Format(end)}) must fit in duration ({DurationText.Format(Duration)})");
        }
    }
}
