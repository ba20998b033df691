using Harness.Contract.Targets;
using Harness.Load.Phases;
using Harness.Load.Thresholds;

namespace Harness.Load.Engine;

/// <summary>
/// Everything the engine needs for one run: where to send, how to connect, and the phases in order.
/// Validated once (<see cref="Validate"/> lists every problem with its path), then left alone.
/// </summary>
internal sealed record LoadPlan
{
    /// <summary>The scenario's name, for the run folder and reports.</summary>
    public required string Name { get; init; }

    /// <summary>
    /// The receiver: base address (the route <c>/v1/event/huawei/custom/{key}</c> is appended), key, token,
    /// extra headers, TLS, HTTP version ("1.1" or "2"; HTTP/2 goes through HttpClient) and proxy.
    /// </summary>
    public required TargetEndpoint Endpoint { get; init; }

    /// <summary>The phases in order (the same records a scenario holds); warm-ups are measured apart.</summary>
    public required IReadOnlyList<Phase> Phases { get; init; }

    /// <summary>
    /// The scenario's thresholds. Those marked abortOnFail are checked every interval once their grace
    /// has passed, and stop the run when they fail; the rest are for the gate after the run.
    /// </summary>
    public IReadOnlyList<Threshold> Thresholds { get; init; } = [];

    /// <summary>Keep-alive connections to the target (the raw transport opens exactly these).</summary>
    public int Connections { get; init; } = 16;

    /// <summary>Requests in flight at most; open-model starts beyond it wait and are counted late or dropped.</summary>
    public int MaxInFlight { get; init; } = 16;

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public TransportKind Transport { get; init; } = TransportKind.Auto;

    /// <summary>The proxy requests go through (explicit or from the environment), or null when they go direct.</summary>
    public Uri? EffectiveProxy => Endpoint.Proxy.For(Endpoint.BaseUrl);

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
        var (target, httpVersion) = (Endpoint.BaseUrl, Endpoint.HttpVersion);
        if (!HttpUrl.IsAbsoluteHttp(target))
        {
            problems.Add("target: must be an absolute http:// or https:// address");
        }

        if (string.IsNullOrEmpty(Endpoint.Key))
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

        if (httpVersion is not ("1.1" or "2"))
        {
            problems.Add("transport.httpVersion: must be \"1.1\" or \"2\"");
        }

        if (Transport == TransportKind.Raw && target.IsAbsoluteUri && EffectiveProxy is { } proxy)
        {
            problems.Add($"transport.kind: the raw transport goes straight to the target, but {Endpoint.Proxy.Source} says to use the proxy {TargetProxy.Display(proxy)}; use auto or httpclient, or --proxy none");
        }

        problems.AddRange(HeaderLines.Validate(Endpoint.Headers).Select(p => "headers: " + p));
        problems.AddRange(Endpoint.Tls.Validate().Select(p => "tls: " + p));

        return problems;
    }
}
