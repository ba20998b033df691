using System.Diagnostics.CodeAnalysis;
using Harness.Contract.Targets;
using Harness.Load.Engine;
using Harness.Load.Scenarios;

namespace Harness.Load.Running;

/// <summary>
/// Where and how to run a scenario, and how to reshape it (<c>--rate</c>, <c>--duration</c>,
/// <c>--connections</c>). Anything left null comes from the scenario. With no target in either, there
/// is nothing to run against: <c>Harness.Embedded</c> starts the reference receiver then.
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

    /// <summary>The new peak arrival rate of the main open phases (<c>--rate</c>; see <see cref="Reshape"/>).</summary>
    public double? Rate { get; init; }

    /// <summary>The new total length of the timed main phases (<c>--duration</c>).</summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>The connection count (<c>--connections</c>), raising the in-flight cap to it if that was lower.</summary>
    public int? Connections { get; init; }

    /// <summary>All timing goes through it (a fake clock in tests).</summary>
    public TimeProvider Clock { get => Run.Clock; init => Run = Run with { Clock = value }; }

    /// <summary>Which client sends (<c>--transport</c>): raw sockets when direct, HttpClient through a proxy, by default.</summary>
    internal TransportKind Transport { get; init; } = TransportKind.Auto;

    /// <summary>The engine's observation settings (live view, telemetry, pre-flight, shard, start time).</summary>
    internal LoadRunOptions Run { get; init; } = new();

    /// <summary>
    /// The scenario with <see cref="Rate"/>, <see cref="Duration"/> and <see cref="Connections"/> applied (itself when
    /// none is set), as the run sends it; throws <see cref="ScenarioValidationException"/> listing every problem.
    /// </summary>
    public Scenario Reshape(Scenario scenario) =>
        TryReshape(scenario, out var reshaped, out var problems) ? reshaped : throw new ScenarioValidationException("the reshaped scenario", problems);

    /// <summary>As <see cref="Reshape"/>; problems name the option (<c>--rate</c>) or the resulting JSON path.</summary>
    internal bool TryReshape(Scenario scenario, [NotNullWhen(true)] out Scenario? reshaped, out IReadOnlyList<ScenarioProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (Rate is null && Duration is null && Connections is null)
        {
            (reshaped, problems) = (scenario, []);
            return true;
        }

        return ScenarioReshape.TryApply(scenario, Rate, Duration, Connections, out reshaped, out problems);
    }

    /// <summary>
    /// What stops these options from running <paramref name="scenario"/>, each naming its option. The target's
    /// parts are checked when <see cref="Target"/> is given (a scenario's own base URL was checked as it loaded), and
    /// only with the scenario (null: it could not be loaded, and the key may be in it).
    /// </summary>
    internal IEnumerable<string> Problems(Scenario? scenario)
    {
        if (Token is not null && !Token.All(c => c is > ' ' and < (char)127))
        {
            // A header carries ASCII only: anything else fails every request at send time.
            yield return "--token: may hold printable ASCII characters only (no spaces, no accents)";
        }

        if (Target is null || scenario is null || EndpointFor(scenario) is not { } endpoint)
        {
            yield break;
        }

        if (endpoint.Key.Length == 0)
        {
            yield return "--target needs --key (the integration key of that receiver)";
        }

        foreach (var problem in endpoint.Validate())
        {
            yield return problem;
        }

        if (Transport == TransportKind.Raw && Proxy.For(Target) is { } via)
        {
            yield return $"--transport raw: the raw transport goes straight to the target, but {Proxy.Source} says to use the proxy {TargetProxy.Display(via)}; use --transport auto or httpclient, or --proxy none";
        }
    }

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
