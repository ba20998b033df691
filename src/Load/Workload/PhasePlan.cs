namespace Harness.Load.Workload;

/// <summary>
/// One phase of a run as the engine executes it. Scenario files and the fluent builder are
/// translated into these; the engine knows nothing of JSON.
/// </summary>
public sealed record PhasePlan
{
    /// <summary>A name for reports ("warm-up", "steady", "ramp 10->200/s").</summary>
    public required string Name { get; init; }

    public required PhaseKind Kind { get; init; }

    /// <summary>Warm-up phases are measured apart and left out of the results.</summary>
    public bool IsWarmup { get; init; }

    /// <summary>Open phases: the rate profile, in order.</summary>
    public IReadOnlyList<RateSegment> Segments { get; init; } = [];

    /// <summary>Open phases: even or Poisson arrivals.</summary>
    public ArrivalSpacing Spacing { get; init; } = ArrivalSpacing.Even;

    /// <summary>Closed phases: virtual users at the start and at the end (linear in between).</summary>
    public int UsersFrom { get; init; }

    /// <summary>Closed phases: virtual users at the end; equal to <see cref="UsersFrom"/> for a constant count.</summary>
    public int UsersTo { get; init; }

    /// <summary>Closed phases: how long; iteration phases: an upper bound (zero = none).</summary>
    public TimeSpan Duration { get; init; }

    /// <summary>Iteration phases: how many requests in all.</summary>
    public long Iterations { get; init; }

    /// <summary>The phase's length as planned (open: the sum of its segments).</summary>
    public TimeSpan PlannedDuration => Kind == PhaseKind.Open
        ? Segments.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Duration)
        : Duration;

    /// <summary>Every problem of this phase, each with its path.</summary>
    public IEnumerable<string> Validate(string path)
    {
        if (Kind == PhaseKind.Open)
        {
            if (Segments.Count == 0)
            {
                yield return $"{path}: an open phase needs at least one rate segment";
            }

            for (var i = 0; i < Segments.Count; i++)
            {
                var s = Segments[i];
                if (s.Duration <= TimeSpan.Zero)
                {
                    yield return $"{path}.segments[{i}].duration: must be positive";
                }

                if (s.FromPerSecond < 0 || s.ToPerSecond < 0 || double.IsNaN(s.FromPerSecond) || double.IsNaN(s.ToPerSecond))
                {
                    yield return $"{path}.segments[{i}]: rates must be zero or more";
                }
            }
        }
        else if (Kind == PhaseKind.Closed)
        {
            if (UsersFrom < 0 || UsersTo < 0 || (UsersFrom == 0 && UsersTo == 0))
            {
                yield return $"{path}.users: at least one virtual user is needed";
            }

            if (Duration <= TimeSpan.Zero)
            {
                yield return $"{path}.duration: must be positive";
            }
        }
        else
        {
            if (Iterations <= 0)
            {
                yield return $"{path}.iterations: must be positive";
            }

            if (UsersFrom <= 0)
            {
                yield return $"{path}.users: at least one virtual user is needed";
            }
        }
    }
}
