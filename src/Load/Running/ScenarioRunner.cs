using Harness.Contract.Targets;
using Harness.Load.Engine;
using Harness.Load.Records;
using Harness.Load.Scenarios;

namespace Harness.Load.Running;

/// <summary>
/// Runs a scenario as a library call against a target (what <c>harness load</c> does, and what an
/// xunit test calls to assert on the result): reshapes the scenario as the options say, builds the payload
/// pool and runs the engine. Starting
/// the embedded fake when there is no target is <c>Harness.Embedded</c>'s, not the engine's.
/// </summary>
public static class ScenarioRunner
{
    /// <summary>Runs against the target the options and the scenario name; throws when neither names one.</summary>
    public static Task<LoadRunRecord> RunAsync(Scenario scenario, ScenarioRunOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        options ??= new ScenarioRunOptions();
        var target = options.EndpointFor(scenario)
            ?? throw new ArgumentException($"The scenario '{scenario.Name}' has no target.baseUrl and the options give none (Harness.Embedded runs it against the embedded fake).", nameof(options));
        return RunAsync(scenario, target, options, cancellationToken);
    }

    /// <summary>Runs against <paramref name="target"/> (the target fields of <paramref name="options"/> are not read).</summary>
    public static Task<LoadRunRecord> RunAsync(Scenario scenario, TargetEndpoint target, ScenarioRunOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(target);
        options ??= new ScenarioRunOptions();
        scenario = options.Reshape(scenario);
        var payloads = ScenarioPayloads.Build(scenario, options.Run.Clock);
        return LoadEngine.RunAsync(ToPlan(scenario, target, options.Transport), payloads, options.Run, cancellationToken);
    }

    /// <summary>The scenario and the target together, as the engine's plan.</summary>
    internal static LoadPlan ToPlan(Scenario scenario, TargetEndpoint target, TransportKind transport) => new()
    {
        Name = scenario.Name,
        Endpoint = target,
        Transport = transport,
        Seed = scenario.Payload.Seed,
        Connections = scenario.Transport.Connections,
        MaxInFlight = scenario.Transport.MaxInFlight,
        RequestTimeout = scenario.Transport.RequestTimeout,
        Phases = scenario.Phases,
        Thresholds = scenario.Thresholds,
    };
}
