using System.Text.Json.Serialization;

namespace Harness.Load.Scenarios;

/// <summary>
/// A fixed number of requests shared by <see cref="Concurrency"/> users, as fast as the target
/// answers (k6 shared-iterations). Ends when all are done or <see cref="MaxDuration"/> passes.
/// </summary>
public sealed record IterationsPhase : Phase
{
    /// <inheritdoc />
    public override string Type => PhaseTypes.Iterations;

    /// <summary>Total requests to send.</summary>
    public required long Count { get; init; }

    /// <summary>Users sharing the count.</summary>
    public int Concurrency { get; init; } = 1;

    /// <summary>Upper bound on the phase's length; null = none.</summary>
    public TimeSpan? MaxDuration { get; init; }

    /// <inheritdoc />
    [JsonIgnore]
    public override TimeSpan? PlannedDuration => MaxDuration;
}
