using Harness.Contract.Targets;
using Harness.Load.Scenarios;
using Harness.Load.Engine;

namespace Harness.Load.Running;

/// <summary>Puts a scenario and the command line's target together into the engine's plan.</summary>
internal static class ScenarioPlanner
{
    public static LoadPlan ToPlan(Scenario scenario, TargetEndpoint target, TransportKind transport) => new()
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
