namespace Harness.Load.Tests.Surface;

/// <summary>
/// The public types of Harness.Load, grouped: what a library user calls, builds and reads. Everything
/// else is internal; the CLI, Reports and Embedded see it as friend assemblies (InternalsVisibleTo).
/// </summary>
internal static class PublicSurface
{
    private static readonly string[] RunEntryPoints =
    [
        "Harness.Load.Engine.LoadEngine", "Harness.Load.Engine.LoadPlan", "Harness.Load.Engine.LoadRunOptions",
        "Harness.Load.Engine.TransportKind", "Harness.Load.Payloads.LoadPayload",
        "Harness.Load.Running.ScenarioRunOptions", "Harness.Load.Running.ScenarioRunner",
        "Harness.Load.Records.LoadRunFiles",
    ];

    private static readonly string[] ScenarioModel =
    [
        "Harness.Load.Scenarios.HttpVersionChoice", "Harness.Load.Scenarios.PayloadMix", "Harness.Load.Scenarios.Scenario",
        "Harness.Load.Scenarios.ScenarioBuilder", "Harness.Load.Scenarios.ScenarioLoadResult", "Harness.Load.Scenarios.ScenarioLoader",
        "Harness.Load.Scenarios.ScenarioOverrides", "Harness.Load.Scenarios.ScenarioProblem", "Harness.Load.Scenarios.ScenarioTarget",
        "Harness.Load.Scenarios.ScenarioValidationException", "Harness.Load.Scenarios.StreamMix", "Harness.Load.Scenarios.Threshold",
        "Harness.Load.Scenarios.TransportSettings", "Harness.Load.Scenarios.ValueList`1",
    ];

    private static readonly string[] Phases =
    [
        "Harness.Load.Phases.ArrivalProcess", "Harness.Load.Phases.ClosedPhase", "Harness.Load.Phases.ConstantConcurrencyPhase",
        "Harness.Load.Phases.ConstantRatePhase", "Harness.Load.Phases.IterationsPhase", "Harness.Load.Phases.OpenPhase",
        "Harness.Load.Phases.Phase", "Harness.Load.Phases.PhaseKind", "Harness.Load.Phases.RampingConcurrencyPhase",
        "Harness.Load.Phases.RampingRatePhase", "Harness.Load.Phases.SpikePhase", "Harness.Load.Phases.WarmUpPhase",
    ];

    /// <summary>The run record and the types its members are (run.json is this tree, serialized).</summary>
    private static readonly string[] Record =
    [
        "Harness.Load.Measurement.OutcomeKind", "Harness.Load.Metrics.ThresholdVerdict",
        "Harness.Load.Records.LatencyPercentiles", "Harness.Load.Records.LatencySet", "Harness.Load.Records.LoadRunRecord",
        "Harness.Load.Records.LoadTotals", "Harness.Load.Records.PhaseResult", "Harness.Load.Records.Reconciliation",
        "Harness.Load.Records.RecordedThreshold", "Harness.Load.Records.RunVersions", "Harness.Load.Records.SelfCheck",
        "Harness.Load.Records.TargetHealth", "Harness.Load.Records.TargetVerdict", "Harness.Load.Records.ThresholdAbort",
        "Harness.Load.Records.TimelineRow", "Harness.Load.Sharding.ShardIdentity",
    ];

    public static readonly string[] Types = [.. RunEntryPoints.Concat(ScenarioModel).Concat(Phases).Concat(Record).Order(StringComparer.Ordinal)];
}
