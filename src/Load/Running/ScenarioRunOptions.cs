using Harness.Contract.Targets;
using Harness.Fakes;
using Harness.Load.Engine;

namespace Harness.Load.Running;

/// <summary>
/// Where and how to run a scenario. Anything left null comes from the scenario; with no target at
/// all, the embedded fake receiver is started on a free loopback port for the run.
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

    /// <summary>The embedded fake's options (tests use them for stalls or latency); keys, profile and token are filled in.</summary>
    public FakeReceiverOptions? EmbeddedFake { get; init; }

    /// <summary>Told about things the user should know (the embedded fake's address).</summary>
    public Action<string>? Log { get; init; }

    public LoadRunOptions Run { get; init; } = new();
}
