using System.Text.Json.Serialization;

namespace Harness.Load.Scenarios;

/// <summary>An open-model phase: requests arrive at a planned rate, whatever the target does.</summary>
public abstract record OpenPhase : Phase
{
    /// <summary>Even or Poisson spacing of the intended send times.</summary>
    public ArrivalProcess Arrival { get; init; } = ArrivalProcess.Even;

    /// <summary>Length of the phase.</summary>
    public required TimeSpan Duration { get; init; }

    /// <inheritdoc />
    [JsonIgnore]
    public override TimeSpan? PlannedDuration => Duration;

    /// <summary>Planned arrival rate (requests per second) at <paramref name="offset"/> from the phase start.</summary>
    public abstract double RateAt(TimeSpan offset);

    /// <summary>Highest planned rate during the phase.</summary>
    [JsonIgnore]
    public abstract double PeakRate { get; }

    /// <summary>A copy with every rate multiplied by <paramref name="factor"/> (used by <c>--rate</c>).</summary>
    public abstract OpenPhase ScaleRate(double factor);
}
