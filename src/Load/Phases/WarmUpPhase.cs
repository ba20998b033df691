using System.Text.Json.Serialization;

namespace Harness.Load.Phases;

/// <summary>
/// The <c>warmup</c> shorthand: a constant-rate (<see cref="Rate"/>) or constant-concurrency
/// (<see cref="Users"/>) phase that is a warm-up, measured apart and excluded from the results.
/// Exactly one of the two is set.
/// </summary>
public sealed record WarmUpPhase : Phase
{
    /// <summary>Length of the warm-up.</summary>
    public required TimeSpan Duration { get; init; }

    /// <summary>Open warm-up: arrivals per second.</summary>
    public double? Rate { get; init; }

    /// <summary>Closed warm-up: concurrent users.</summary>
    public int? Users { get; init; }

    /// <summary>Spacing of the arrivals when <see cref="Rate"/> is set.</summary>
    public ArrivalProcess Arrival { get; init; } = ArrivalProcess.Even;

    [JsonIgnore]
    public override TimeSpan? PlannedDuration => Duration;

    internal override Phase Runnable => Rate is { } rate
        ? new ConstantRatePhase { Name = DisplayName, Warmup = true, Rate = rate, Duration = Duration, Arrival = Arrival }
        : new ConstantConcurrencyPhase { Name = DisplayName, Warmup = true, Users = Users ?? 1, Duration = Duration };

    public override Phase Scaled(double factor) => Rate is { } rate ? this with { Rate = rate * factor } : this;

    internal override void Validate(ProblemList problems, string path)
    {
        problems.Duration(path + ".duration", Duration, ScenarioLimits.MaxPhaseDuration);
        if (Rate is null == Users is null)
        {
            problems.Add(path, "a warm-up needs exactly one of 'rate' (open) or 'users' (closed)");
        }

        if (Rate is { } rate)
        {
            problems.Rate(path + ".rate", rate, allowZero: false);
        }

        if (Users is { } users)
        {
            problems.Range(path + ".users", users, 1, ScenarioLimits.MaxUsers);
        }

        base.Validate(problems, path);
    }
}
