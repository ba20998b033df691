using System.Text.Json.Serialization;

namespace Harness.Load.Scenarios;

/// <summary>
/// Warm-up: load that opens connections, fills caches and lets the JIT settle. Measured apart and
/// excluded from the results. Either open (<see cref="Rate"/>) or closed (<see cref="Users"/>):
/// exactly one of them is set.
/// </summary>
public sealed record WarmUpPhase : Phase
{
    /// <inheritdoc />
    public override string Type => PhaseTypes.WarmUp;

    /// <summary>Length of the warm-up.</summary>
    public required TimeSpan Duration { get; init; }

    /// <summary>Open warm-up: arrivals per second.</summary>
    public double? Rate { get; init; }

    /// <summary>Closed warm-up: concurrent users.</summary>
    public int? Users { get; init; }

    /// <summary>Spacing of the arrivals when <see cref="Rate"/> is set.</summary>
    public ArrivalProcess Arrival { get; init; } = ArrivalProcess.Even;

    /// <inheritdoc />
    [JsonIgnore]
    public override TimeSpan? PlannedDuration => Duration;
}
