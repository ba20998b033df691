using System.Diagnostics.CodeAnalysis;
using Harness.Load.Phases;

namespace Harness.Load.Scenarios;

/// <summary>
/// Command-line overrides of a loaded scenario. All three preserve the scenario's shape:
/// <list type="bullet">
/// <item><c>--rate R</c> scales every open phase (warm-up included) by the same factor, so that the
/// highest rate of the main open phases becomes R: a constant 100/s becomes R/s, a ramp 0→200/s
/// becomes 0→R/s, a spike 50/s→500/s becomes R/10→R. Closed and iteration phases are untouched;
/// a scenario with no main open phase refuses <c>--rate</c>.</item>
/// <item><c>--duration D</c> stretches the timed main phases (open and closed, not warm-up, not
/// iterations) in proportion so that together they last D; a spike's offsets stretch with it.</item>
/// <item><c>--connections N</c> sets the connection count, raising the in-flight cap to N if it was lower.</item>
/// </list>
/// </summary>
public sealed record ScenarioOverrides
{
    /// <summary><c>--rate</c>: the new peak arrival rate of the main open phases.</summary>
    public double? Rate { get; init; }

    /// <summary><c>--duration</c>: the new total length of the timed main phases.</summary>
    public TimeSpan? Duration { get; init; }

    /// <summary><c>--connections</c>: the new connection count.</summary>
    public int? Connections { get; init; }

    /// <summary>True when nothing is overridden.</summary>
    public bool IsEmpty => Rate is null && Duration is null && Connections is null;

    /// <summary>Applies the overrides or throws <see cref="ScenarioValidationException"/> listing every problem.</summary>
    public Scenario ApplyTo(Scenario scenario) =>
        TryApplyTo(scenario, out var result, out var problems) ? result : throw new ScenarioValidationException("the overridden scenario", problems);

    /// <summary>Applies the overrides; problems name the option (<c>--rate</c>) or the resulting JSON path.</summary>
    public bool TryApplyTo(Scenario scenario, [NotNullWhen(true)] out Scenario? result, out IReadOnlyList<ScenarioProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var list = new ProblemList();
        var phases = scenario.Phases.ToList();
        if (Rate is { } rate)
        {
            ScaleRates(phases, rate, list);
        }
        if (Duration is { } duration)
        {
            StretchDurations(phases, duration, list);
        }
        var transport = scenario.Transport;
        if (Connections is { } connections)
        {
            list.Range("--connections", connections, 1, ScenarioLimits.MaxConnections);
            transport = transport with { Connections = connections, MaxInFlight = Math.Max(transport.MaxInFlight, connections) };
        }
        var candidate = scenario with { Phases = new ValueList<Phase>(phases), Transport = transport };
        if (list.Count == 0)
        {
            ScenarioValidator.Validate(candidate, list);
        }
        problems = list.Items;
        result = list.Count == 0 ? candidate : null;
        return result is not null;
    }

    private static void ScaleRates(List<Phase> phases, double rate, ProblemList problems)
    {
        problems.Rate("--rate", rate, allowZero: false);
        var peak = phases.Where(p => !p.IsWarmup).OfType<OpenPhase>().Select(p => p.PeakRate).DefaultIfEmpty(0).Max();
        if (peak <= 0)
        {
            problems.Add("--rate", "the scenario has no open (rate-based) main phase to apply it to",
                "closed phases take their load from users: edit the scenario, or use --connections");
            return;
        }

        var factor = rate / peak;
        for (var i = 0; i < phases.Count; i++)
        {
            phases[i] = phases[i].Scaled(factor);
        }
    }

    private static void StretchDurations(List<Phase> phases, TimeSpan duration, ProblemList problems)
    {
        problems.Duration("--duration", duration, ScenarioLimits.MaxPhaseDuration);
        var total = phases.Where(p => !p.IsWarmup && p is OpenPhase or ClosedPhase)
            .Aggregate(TimeSpan.Zero, (sum, p) => sum + (p.PlannedDuration ?? TimeSpan.Zero));
        if (total <= TimeSpan.Zero)
        {
            problems.Add("--duration", "the scenario has no timed main phase (only warm-up or iterations)",
                "an iterations phase ends when its count is sent");
            return;
        }

        var factor = duration / total;
        for (var i = 0; i < phases.Count; i++)
        {
            phases[i] = phases[i].IsWarmup ? phases[i] : phases[i].Stretched(factor);
        }
    }
}
