namespace Harness.Load.Tests.Surface;

/// <summary>
/// The public types of Harness.Load, grouped by what a library user does: load or build a scenario, run
/// it, read the run record and judge its thresholds. Everything else is internal (the engine's plan, the
/// record's JSON-only members, the loader's result); the CLI, Reports and Embedded see it as friend
/// assemblies (InternalsVisibleTo).
/// </summary>
internal static class PublicSurface
{
    /// <summary>Run a scenario (options also reshape it: --rate, --duration, --connections).</summary>
    private static readonly string[] Run = ["Harness.Load.Running.ScenarioRunOptions", "Harness.Load.Running.ScenarioRunner"];

    /// <summary>Load (<c>Scenario.Load</c>/<c>Parse</c>, throwing with every problem) or build a scenario.</summary>
    private static readonly string[] ScenarioModel =
    [
        "Harness.Load.Scenarios.HttpVersionChoice", "Harness.Load.Scenarios.PayloadMix", "Harness.Load.Scenarios.Scenario",
        "Harness.Load.Scenarios.ScenarioBuilder", "Harness.Load.Scenarios.ScenarioProblem", "Harness.Load.Scenarios.ScenarioTarget",
        "Harness.Load.Scenarios.ScenarioValidationException", "Harness.Load.Scenarios.StreamMix", "Harness.Load.Thresholds.Threshold",
        "Harness.Load.Scenarios.TransportSettings",
    ];

    /// <summary>The phase records a scenario holds (open and closed bases, each type, the arrival spacing, the kind a result names).</summary>
    private static readonly string[] Phases =
    [
        "Harness.Load.Phases.ArrivalProcess", "Harness.Load.Phases.ClosedPhase", "Harness.Load.Phases.ConstantConcurrencyPhase",
        "Harness.Load.Phases.ConstantRatePhase", "Harness.Load.Phases.IterationsPhase", "Harness.Load.Phases.OpenPhase",
        "Harness.Load.Phases.Phase", "Harness.Load.Phases.PhaseKind", "Harness.Load.Phases.RampingConcurrencyPhase",
        "Harness.Load.Phases.RampingRatePhase", "Harness.Load.Phases.SpikePhase", "Harness.Load.Phases.WarmUpPhase",
    ];

    /// <summary>
    /// What a user reads of a run (<c>LoadRunRecord.Read</c> for a folder): totals, phases, the self-check and
    /// the threshold verdicts. The members only run.json needs (versions, shard, reconciliation, timeline,
    /// recorded thresholds, target health, abort) are internal; the record shows the last two as text.
    /// </summary>
    private static readonly string[] Record =
    [
        "Harness.Load.Measurement.OutcomeKind", "Harness.Load.Thresholds.ThresholdVerdict", "Harness.Load.Records.LoadRunRecord",
        "Harness.Load.Records.LoadTotals", "Harness.Load.Records.PhaseResult", "Harness.Load.Records.SelfCheck",
    ];

    public static readonly string[] Types = [.. Run.Concat(ScenarioModel).Concat(Phases).Concat(Record).Order(StringComparer.Ordinal)];
}
