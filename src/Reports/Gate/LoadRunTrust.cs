using System.Globalization;
using Harness.Load.Records;
using Harness.Reports.Documents;

namespace Harness.Reports.Gate;

/// <summary>
/// What makes a load run's numbers untrustworthy whatever its thresholds say: a generator that was the
/// bottleneck (understated numbers), a target that stopped answering or was not the API. Each is a gate
/// problem. A rate below target is stated as a note; it fails the run unless an achieved_rate threshold judges it
/// (<see cref="DefaultBounds"/>, applied by the evaluator over every condition, the gate's own included).
/// </summary>
internal static class LoadRunTrust
{
    public const string AllowUnderstatedOption = "--allow-understated";

    public static IEnumerable<string> Problems(LoadRunRecord load, bool allowUnderstated)
    {
        if (load.SelfCheck.Understated && !allowUnderstated)
        {
            yield return "the run's self-check says the load generator was the bottleneck, so its numbers understate the target ("
                + string.Join("; ", load.SelfCheck.Reasons) + $"); rerun with more headroom, or pass {AllowUnderstatedOption} to judge it anyway";
        }

        if (load.Health.Cause is { } cause)
        {
            yield return cause;
        }
    }

    /// <summary>Plain statements the gate prints beside its verdict.</summary>
    public static IEnumerable<string> Notes(LoadRunRecord load)
    {
        foreach (var phase in load.Phases.Where(p => !p.Warmup && p.BelowTarget))
        {
            yield return string.Create(CultureInfo.InvariantCulture,
                $"below target: phase {phase.Name} achieved {phase.AchievedPerSecond:0.##}/s of {phase.TargetPerSecond:0.##}/s (sent {phase.Sent} of {phase.PlannedArrivals?.ToString(CultureInfo.InvariantCulture) ?? "?"} planned arrivals, dropped {phase.Dropped}, late {phase.Late})");
        }

        if (load.SelfCheck.Understated)
        {
            yield return "understated: the load generator was the bottleneck; such a run is never saved as a baseline";
        }
    }

    /// <summary>A run that may not become a baseline, and why (null: it may).</summary>
    public static string? NotABaseline(RunDocument run) =>
        run?.Load?.SelfCheck is { Understated: true } ? "the load generator was the bottleneck (self-check): its numbers understate the target" : null;
}
