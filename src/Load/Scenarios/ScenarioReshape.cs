using System.Diagnostics.CodeAnalysis;
using Harness.Load.Phases;

namespace Harness.Load.Scenarios;

/// <summary>
/// Reshapes a loaded scenario for <c>--rate</c>, <c>--duration</c> and <c>--connections</c>
/// (<see cref="Running.ScenarioRunOptions"/>'s Rate, Duration and Connections). All three preserve its shape:
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
internal static class ScenarioReshape
{
    /// <summary>Applies what is given; problems name the option (<c>--rate</c>) or the resulting JSON path.</summary>
    public static bool TryApply(
        Scenario scenario, double? rate, TimeSpan? duration, int? connections,
        [NotNullWhen(true)] out Scenario? result, out IReadOnlyList<ScenarioProblem> problems)
    {
        var list = new ProblemList();
        var phases = scenario.Phases.ToList();
        if (rate is { } r)
        {
            ScaleRates(phases, r, list);
        }
        if (duration is { } d)
        {
            StretchDurations(phases, d, list);
        }
        var transport = scenario.Transport;
        if (connections is { } n)
        {
            list.Range("--connections", n, 1, ScenarioLimits.MaxConnections);
            transport = transport with { Connections = n, MaxInFlight = Math.Max(transport.MaxInFlight, n) };
        }
        var candidate = scenario with { Phases = phases, Transport = transport };
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
