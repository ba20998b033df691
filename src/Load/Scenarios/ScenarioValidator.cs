using Harness.Load.Phases;

namespace Harness.Load.Scenarios;

/// <summary>
/// Range and consistency checks on a model, shared by the builder and the loader so both refuse
/// the same scenarios with the same paths.
/// </summary>
internal static class ScenarioValidator
{
    internal static void Validate(Scenario scenario, ProblemList problems)
    {
        ValidateName(scenario.Name, problems);
        ValidateTarget(scenario.Target, problems);
        if (scenario.Phases is null || scenario.Phases.Count == 0)
        {
            problems.Add("$.phases", "at least one phase is required", "e.g. {\"type\": \"constant-rate\", \"rate\": 10, \"duration\": \"30s\"}");
        }
        else
        {
            for (var i = 0; i < scenario.Phases.Count; i++)
            {
                scenario.Phases[i].Validate(problems, $"$.phases[{i}]");
            }
            if (scenario.Phases.All(p => p.IsWarmup))
            {
                problems.Add("$.phases", "only warm-up phases: nothing would be measured", "add a main phase after the warm-up");
            }
        }
        ValidatePayload(scenario.Payload, problems);
        ValidateTransport(scenario.Transport, problems);
        for (var i = 0; i < scenario.Thresholds.Count; i++)
        {
            problems.Duration($"$.thresholds[{i}].grace", scenario.Thresholds[i].Grace, ScenarioLimits.MaxPhaseDuration, allowZero: true);
        }
    }

    private static void ValidateName(string? name, ProblemList problems)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add("$.name", "must not be empty");
        }
        else if (name.Length > ScenarioLimits.MaxNameLength || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            problems.Add("$.name", $"'{name}' must be 1..{ScenarioLimits.MaxNameLength} letters, digits, '-', '_' or '.'",
                "it becomes part of the run folder's name");
        }
    }

    private static void ValidateTarget(ScenarioTarget target, ProblemList problems)
    {
        if (target.BaseUrl is { } url && !Harness.Contract.Targets.HttpUrl.IsAbsoluteHttp(url))
        {
            problems.Add("$.target.baseUrl", $"'{url}' must be an absolute http:// or https:// URL");
        }
        if (target.Key is { } key && (key.Length == 0 || key.Any(char.IsWhiteSpace)))
        {
            problems.Add("$.target.key", "must not be empty or contain spaces", "leave it out and pass --key or HARNESS_KEY instead");
        }
        if (target.Token is { Length: 0 })
        {
            problems.Add("$.target.token", "must not be empty");
        }
    }

    private static void ValidatePayload(PayloadMix payload, ProblemList problems)
    {
        problems.Range("$.payload.poolSize", payload.PoolSize, 1, ScenarioLimits.MaxPoolSize);
        problems.Share("$.payload.brokenShare", payload.BrokenShare);
        var streams = payload.Streams;
        problems.Share("$.payload.streams.raiseRecover", streams.RaiseRecover);
        problems.Share("$.payload.streams.storms", streams.Storms);
        problems.Share("$.payload.streams.flapping", streams.Flapping);
        var sum = streams.RaiseRecover + streams.Storms + streams.Flapping;
        if (sum > 1 + 1e-9)
        {
            problems.Add("$.payload.streams", $"raiseRecover + storms + flapping must be at most 1, got {ProblemList.Text(sum)}",
                "they are shares of the valid payloads; the rest are independent alarms");
        }
        problems.Range("$.payload.streams.stormSize", streams.StormSize, 2, 10_000);
        problems.Range("$.payload.streams.flapCycles", streams.FlapCycles, 1, 1_000);
    }

    private static void ValidateTransport(TransportSettings transport, ProblemList problems)
    {
        problems.Range("$.transport.connections", transport.Connections, 1, ScenarioLimits.MaxConnections);
        problems.Duration("$.transport.requestTimeout", transport.RequestTimeout, ScenarioLimits.MaxRequestTimeout);
        problems.Range("$.transport.maxInFlight", transport.MaxInFlight, 1, ScenarioLimits.MaxInFlight);
        if (transport.MaxInFlight >= 1 && transport.Connections >= 1 && transport.MaxInFlight < transport.Connections)
        {
            problems.Add("$.transport.maxInFlight", $"must be at least the number of connections ({transport.Connections}), got {transport.MaxInFlight}",
                "connections beyond the in-flight cap would never be used");
        }
        if (!Enum.IsDefined(transport.HttpVersion))
        {
            problems.Add("$.transport.httpVersion", "must be \"1.1\" or \"2\"");
        }
    }
}
