using Harness.Load.Scenarios;
using Harness.Load.Engine;

namespace Harness.Load.Running;

/// <summary>Puts a scenario and the command line's target together into the engine's plan.</summary>
internal static class ScenarioPlanner
{
    public static LoadPlan ToPlan(Scenario scenario, Uri target, string key, string? token, ScenarioRunOptions options) => new()
    {
        Name = scenario.Name,
        Target = target,
        Key = key,
        Token = token,
        Tls = options.Tls with { Insecure = options.Tls.Insecure || scenario.Target.Insecure },
        Headers = options.Headers,
        Proxy = options.Proxy,
        Transport = options.Transport,
        Seed = scenario.Payload.Seed,
        Connections = scenario.Transport.Connections,
        MaxInFlight = scenario.Transport.MaxInFlight,
        RequestTimeout = scenario.Transport.RequestTimeout,
        HttpVersion = options.HttpVersion ?? (scenario.Transport.HttpVersion == HttpVersionChoice.Http2 ? "2" : "1.1"),
        Phases = scenario.Phases,
        Thresholds = scenario.Thresholds,
    };
}
