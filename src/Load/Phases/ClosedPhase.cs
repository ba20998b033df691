using System.Text.Json.Serialization;

namespace Harness.Load.Phases;

/// <summary>A closed-model phase: a number of virtual users, each sending one request at a time.</summary>
public abstract record ClosedPhase : Phase
{
    /// <summary>Length of the phase.</summary>
    public required TimeSpan Duration { get; init; }

    [JsonIgnore]
    public override TimeSpan? PlannedDuration => Duration;

    /// <summary>The most users active at once (the engine starts this many, idle until <see cref="UsersAt"/> lets them in).</summary>
    [JsonIgnore]
    public abstract int MaxUsers { get; }

    /// <summary>Planned number of users at <paramref name="offset"/> from the phase start.</summary>
    public abstract int UsersAt(TimeSpan offset);

    public override Phase Stretched(double factor) => this with { Duration = Duration * factor };

    internal override void Validate(ProblemList problems, string path)
    {
        problems.Duration(path + ".duration", Duration, ScenarioLimits.MaxPhaseDuration);
        ValidateUsers(problems, path);
        base.Validate(problems, path);
    }

    /// <summary>The checks of this type's user counts.</summary>
    internal abstract void ValidateUsers(ProblemList problems, string path);
}
