using System.Text.Json.Serialization;

namespace Harness.Load.Scenarios;

/// <summary>A closed-model phase: a number of virtual users, each sending one request at a time.</summary>
public abstract record ClosedPhase : Phase
{
    /// <summary>Length of the phase.</summary>
    public required TimeSpan Duration { get; init; }

    /// <inheritdoc />
    [JsonIgnore]
    public override TimeSpan? PlannedDuration => Duration;

    /// <summary>Planned number of users at <paramref name="offset"/> from the phase start.</summary>
    public abstract int UsersAt(TimeSpan offset);
}
