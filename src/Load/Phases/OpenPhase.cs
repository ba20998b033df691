using System.Text.Json.Serialization;

namespace Harness.Load.Phases;

/// <summary>
/// An open-model phase: requests arrive at a planned rate, whatever the target does. The rate
/// profile is piecewise linear (<see cref="Segments"/>); the rate at a moment, the peak and the
/// planned arrivals all follow from it, so a new open phase only says its segments.
/// </summary>
public abstract record OpenPhase : Phase
{
    /// <summary>Even or Poisson spacing of the intended send times.</summary>
    public ArrivalProcess Arrival { get; init; } = ArrivalProcess.Even;

    /// <summary>Length of the phase.</summary>
    public required TimeSpan Duration { get; init; }

    [JsonIgnore]
    public override TimeSpan? PlannedDuration => Duration;

    /// <summary>The rate profile in order, covering <see cref="Duration"/>.</summary>
    internal abstract IReadOnlyList<RateSegment> Segments { get; }

    /// <summary>Highest planned rate during the phase.</summary>
    [JsonIgnore]
    public double PeakRate => Segments.Select(s => Math.Max(s.FromPerSecond, s.ToPerSecond)).DefaultIfEmpty(0).Max();

    /// <summary>Arrivals the profile plans over the whole phase (the integral of the rate).</summary>
    [JsonIgnore]
    public double PlannedArrivals => Segments.Sum(s => s.Arrivals);

    /// <summary>Planned arrival rate (requests per second) at <paramref name="offset"/> from the phase start.</summary>
    public double RateAt(TimeSpan offset)
    {
        var start = TimeSpan.Zero;
        foreach (var segment in Segments)
        {
            if (offset < start + segment.Duration)
            {
                return segment.RateAt(offset - start);
            }

            start += segment.Duration;
        }

        return Segments.Count == 0 ? 0 : Segments[^1].ToPerSecond;
    }

    public override Phase Stretched(double factor) => this with { Duration = Duration * factor };

    internal override void Validate(ProblemList problems, string path)
    {
        problems.Duration(path + ".duration", Duration, ScenarioLimits.MaxPhaseDuration);
        ValidateRates(problems, path);
        if (!problems.HasProblemAt(path) && PlannedArrivals < 1)
        {
            problems.Add(path, $"plans {ProblemList.Text(Math.Round(PlannedArrivals, 3))} requests: fewer than one would be sent",
                "raise the rate or lengthen the duration");
        }

        base.Validate(problems, path);
    }

    /// <summary>The checks of this type's rate properties.</summary>
    internal abstract void ValidateRates(ProblemList problems, string path);
}
