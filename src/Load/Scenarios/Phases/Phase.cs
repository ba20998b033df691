using System.Text.Json.Serialization;

namespace Harness.Load.Scenarios;

/// <summary>
/// One workload phase. Open phases (<see cref="OpenPhase"/>) send at a planned arrival rate
/// regardless of how the target answers; closed phases (<see cref="ClosedPhase"/>) run a number
/// of virtual users that each send, wait for the answer, and send again.
/// </summary>
public abstract record Phase
{
    /// <summary>The JSON <c>type</c> of this phase, e.g. <c>constant-rate</c>.</summary>
    public abstract string Type { get; }

    /// <summary>Optional label shown in the timeline and reports.</summary>
    public string? Name { get; init; }

    /// <summary>Planned length, or null when it depends on the target (iterations without a bound).</summary>
    [JsonIgnore]
    public abstract TimeSpan? PlannedDuration { get; }

    /// <summary>Label for display: the name if given, else the type.</summary>
    [JsonIgnore]
    public string DisplayName => Name ?? Type;
}
