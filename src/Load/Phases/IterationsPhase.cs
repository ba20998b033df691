using System.Text.Json.Serialization;

namespace Harness.Load.Phases;

/// <summary>
/// A fixed number of requests shared by <see cref="Concurrency"/> users, as fast as the target
/// answers (k6 shared-iterations). Ends when all are done or <see cref="MaxDuration"/> passes.
/// </summary>
public sealed record IterationsPhase : Phase
{
    /// <summary>Total requests to send.</summary>
    public required long Count { get; init; }

    /// <summary>Users sharing the count.</summary>
    public int Concurrency { get; init; } = 1;

    /// <summary>Upper bound on the phase's length; null = none.</summary>
    public TimeSpan? MaxDuration { get; init; }

    [JsonIgnore]
    public override TimeSpan? PlannedDuration => MaxDuration;

    internal override void Validate(ProblemList problems, string path)
    {
        problems.Range(path + ".count", Count, 1, ScenarioLimits.MaxIterations);
        problems.Range(path + ".concurrency", Concurrency, 1, ScenarioLimits.MaxUsers);
        if (MaxDuration is { } bound)
        {
            problems.Duration(path + ".maxDuration", bound, ScenarioLimits.MaxPhaseDuration);
        }

        base.Validate(problems, path);
    }
}
