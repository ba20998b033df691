using Harness.Contract.Targets;
using Harness.Load.Phases;

namespace Harness.Load.Engine;

/// <summary>
/// Everything the engine needs for one run: where to send, how to connect, and the phases in order.
/// Validated once (<see cref="Validate"/> lists every problem with its path), then left alone.
/// </summary>
public sealed record LoadPlan
{
    /// <summary>The scenario's name, for the run folder and reports.</summary>
    public required string Name { get; init; }

    /// <summary>The base address of the receiver; the route <c>/v1/event/huawei/custom/{key}</c> is appended.</summary>
    public required Uri Target { get; init; }

    /// <summary>The integration key (a secret: only ever shown redacted).</summary>
    public required string Key { get; init; }

    /// <summary>The optional <c>X-Auth-Token</c> (a secret as well).</summary>
    public string? Token { get; init; }

    /// <summary>The phases in order (the same records a scenario holds); warm-ups are measured apart.</summary>
    public required IReadOnlyList<Phase> Phases { get; init; }

    /// <summary>
    /// The scenario's thresholds. Those marked abortOnFail are checked every interval once their grace
    /// has passed, and stop the run when they fail; the rest are for the gate after the run.
    /// </summary>
    public IReadOnlyList<Scenarios.Threshold> Thresholds { get; init; } = [];

    /// <summary>Keep-alive connections to the target (the raw transport opens exactly these).</summary>
    public int Connections { get; init; } = 16;

    /// <summary>Requests in flight at most; open-model starts beyond it wait and are counted late or dropped.</summary>
    public int MaxInFlight { get; init; } = 16;

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>"1.1" or "2" (HTTP/2 over TLS with ALPN h2, or cleartext h2 with prior knowledge for http://).</summary>
    public string HttpVersion { get; init; } = "1.1";

    public TransportKind Transport { get; init; } = TransportKind.Auto;

    /// <summary>TLS verification, extra CA, client certificate.</summary>
    public TargetTls Tls { get; init; } = new();

    /// <summary>Extra headers sent with every request (values are secrets).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    /// <summary>The environment's proxy by default; an explicit one, or none.</summary>
    public TargetProxy Proxy { get; init; } = TargetProxy.Environment;

    /// <summary>The target as one description (what the pre-flight and HttpClient connect with).</summary>
    public TargetEndpoint Endpoint => new()
    {
        BaseUrl = Target, Key = Key, Token = Token, Headers = Headers, Tls = Tls, HttpVersion = HttpVersion, Proxy = Proxy,
    };

    /// <summary>The proxy requests go through (explicit or from the environment), or null when they go direct.</summary>
    public Uri? EffectiveProxy => Proxy.For(Target);

    /// <summary>Seeds Poisson arrivals (payload pools take their own seed).</summary>
    public int Seed { get; init; } = 1;

    /// <summary>
    /// An open-model start that goes out later than this after its intended time counts as late.
    /// </summary>
    public TimeSpan LateAfter { get; init; } = TimeSpan.FromMilliseconds(10);

    /// <summary>
    /// An open-model start still waiting for a free connection (or an in-flight slot) this long after its
    /// intended time is dropped (counted, never sent). Defaults to half the request timeout: the wait
    /// counts against the timeout, and a start sent with almost none of it left could only time out.
    /// </summary>
    public TimeSpan? DropAfter { get; init; }

    /// <summary>The drop bound in force (<see cref="DropAfter"/>, or half the request timeout), never past the timeout.</summary>
    public TimeSpan EffectiveDropAfter => DropAfter is { } d ? (d < RequestTimeout ? d : RequestTimeout) : RequestTimeout / 2;

    /// <summary>Every problem of the plan, each with its path; empty when the plan can run.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!HttpUrl.IsAbsoluteHttp(Target))
        {
            problems.Add("target: must be an absolute http:// or https:// address");
        }

        if (string.IsNullOrEmpty(Key))
        {
            problems.Add("key: an integration key is needed");
        }

        if (Phases.Count == 0)
        {
            problems.Add("phases: at least one phase is needed");
        }

        var phaseProblems = new ProblemList();
        for (var i = 0; i < Phases.Count; i++)
        {
            Phases[i].Validate(phaseProblems, $"phases[{i}]");
        }

        problems.AddRange(phaseProblems.Items.Select(p => p.ToString()));

        if (Connections < 1)
        {
            problems.Add("transport.connections: must be at least 1");
        }

        if (MaxInFlight < 1)
        {
            problems.Add("transport.maxInFlight: must be at least 1");
        }

        if (RequestTimeout <= TimeSpan.Zero)
        {
            problems.Add("transport.requestTimeout: must be positive");
        }

        if (HttpVersion is not ("1.1" or "2"))
        {
            problems.Add("transport.httpVersion: must be \"1.1\" or \"2\"");
        }

        if (Transport == TransportKind.Raw && Target.IsAbsoluteUri && EffectiveProxy is { } proxy)
        {
            problems.Add($"transport.kind: the raw transport goes straight to the target, but {Proxy.Source} says to use the proxy {TargetProxy.Display(proxy)}; use auto or httpclient, or --proxy none");
        }

        problems.AddRange(HeaderLines.Validate(Headers).Select(p => "headers: " + p));
        problems.AddRange(Tls.Validate().Select(p => "tls: " + p));

        return problems;
    }
}
