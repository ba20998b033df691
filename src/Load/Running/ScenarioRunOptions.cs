using Harness.Contract.Targets;
using Harness.Load.Engine;
using Harness.Load.Scenarios;

namespace Harness.Load.Running;

/// <summary>
/// Where and how to run a scenario. Anything left null comes from the scenario. With no target in
/// either, there is nothing to run against: <c>Harness.Embedded</c> starts the reference receiver then.
/// </summary>
public sealed record ScenarioRunOptions
{
    /// <summary>Wins over the scenario's base URL.</summary>
    public Uri? Target { get; init; }

    /// <summary>Wins over the scenario's key (a secret).</summary>
    public string? Key { get; init; }

    /// <summary>Wins over the scenario's token (a secret).</summary>
    public string? Token { get; init; }

    /// <summary>TLS settings; Insecure skips verification even if the scenario does not say so.</summary>
    public TargetTls Tls { get; init; } = new();

    /// <summary>Extra headers for every request (a gateway's <c>X-Api-Key</c>); values are secrets.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    /// <summary>"1.1" or "2": wins over the scenario's transport.httpVersion.</summary>
    public string? HttpVersion { get; init; }

    /// <summary>The environment's proxy by default.</summary>
    public TargetProxy Proxy { get; init; } = TargetProxy.Environment;

    public TransportKind Transport { get; init; } = TransportKind.Auto;

    public LoadRunOptions Run { get; init; } = new();

    /// <summary>The target these options and the scenario name together; null when neither gives a base URL.</summary>
    public TargetEndpoint? EndpointFor(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return (Target ?? scenario.Target.BaseUrl) is not { } baseUrl ? null : new TargetEndpoint
        {
            BaseUrl = baseUrl,
            Key = Key ?? scenario.Target.Key ?? string.Empty,
            Token = Token ?? scenario.Target.Token,
            Headers = Headers,
            Tls = Tls with { Insecure = Tls.Insecure || scenario.Target.Insecure },
            HttpVersion = HttpVersion ?? (scenario.Transport.HttpVersion == HttpVersionChoice.Http2 ? "2" : "1.1"),
            Proxy = Proxy,
        };
    }
}
