using Harness.Contract.Targets;
using Harness.Load.Scenarios;
using Harness.Load.Workload;

namespace Harness.Load.Running;

/// <summary>Translates a scenario (the user's vocabulary) into the engine's plan (rate segments and users).</summary>
internal static class ScenarioPlanner
{
    public static LoadPlan ToPlan(Scenario scenario, TargetEndpoint target, TransportKind transport) => new()
    {
        Name = scenario.Name,
        Target = target.BaseUrl,
        Key = target.Key,
        Token = target.Token,
        Tls = target.Tls,
        Headers = target.Headers,
        Proxy = target.Proxy,
        Transport = transport,
        Seed = scenario.Payload.Seed,
        Connections = scenario.Transport.Connections,
        MaxInFlight = scenario.Transport.MaxInFlight,
        RequestTimeout = scenario.Transport.RequestTimeout,
        HttpVersion = target.HttpVersion,
        Phases = [.. scenario.Phases.Select(ToPhase)],
        Thresholds = scenario.Thresholds,
    };

    public static PhasePlan ToPhase(Phase phase) => phase switch
    {
        WarmUpPhase { Rate: { } rate } w => Open(w, [RateSegment.Constant(w.Duration, rate)], w.Arrival) with { IsWarmup = true },
        WarmUpPhase w => new PhasePlan { Name = w.DisplayName, Kind = PhaseKind.Closed, IsWarmup = true, UsersFrom = w.Users ?? 1, UsersTo = w.Users ?? 1, Duration = w.Duration },
        ConstantRatePhase c => Open(c, [RateSegment.Constant(c.Duration, c.Rate)], c.Arrival),
        RampingRatePhase r => Open(r, [new RateSegment(r.Duration, r.From, r.To)], r.Arrival),
        SpikePhase s => Open(s, SpikeSegments(s), s.Arrival),
        ConstantConcurrencyPhase c => new PhasePlan { Name = c.DisplayName, Kind = PhaseKind.Closed, UsersFrom = c.Users, UsersTo = c.Users, Duration = c.Duration },
        RampingConcurrencyPhase r => new PhasePlan { Name = r.DisplayName, Kind = PhaseKind.Closed, UsersFrom = r.From, UsersTo = r.To, Duration = r.Duration },
        IterationsPhase i => new PhasePlan { Name = i.DisplayName, Kind = PhaseKind.Iterations, Iterations = i.Count, UsersFrom = i.Concurrency, UsersTo = i.Concurrency, Duration = i.MaxDuration ?? TimeSpan.Zero },
        _ => throw new NotSupportedException($"phase type '{phase.Type}' is not known to the engine"),
    };

    private static PhasePlan Open(Phase phase, IReadOnlyList<RateSegment> segments, ArrivalProcess arrival) => new()
    {
        Name = phase.DisplayName,
        Kind = PhaseKind.Open,
        Segments = segments,
        Spacing = arrival == ArrivalProcess.Poisson ? ArrivalSpacing.Poisson : ArrivalSpacing.Even,
    };

    // Base rate, climb, hold, fall, base rate again; cut at the phase's end.
    internal static IReadOnlyList<RateSegment> SpikeSegments(SpikePhase spike)
    {
        var wanted = new[]
        {
            RateSegment.Constant(spike.SpikeAt, spike.BaseRate),
            new RateSegment(spike.RampTime, spike.BaseRate, spike.SpikeRate),
            RateSegment.Constant(spike.SpikeDuration, spike.SpikeRate),
            new RateSegment(spike.RampTime, spike.SpikeRate, spike.BaseRate),
            RateSegment.Constant(spike.Duration, spike.BaseRate),
        };
        var segments = new List<RateSegment>();
        var left = spike.Duration;
        foreach (var segment in wanted)
        {
            if (left <= TimeSpan.Zero)
            {
                break;
            }

            if (segment.Duration <= TimeSpan.Zero)
            {
                continue;
            }

            if (segment.Duration <= left)
            {
                segments.Add(segment);
                left -= segment.Duration;
            }
            else
            {
                var fraction = left / segment.Duration;
                segments.Add(new RateSegment(left, segment.FromPerSecond, segment.FromPerSecond + ((segment.ToPerSecond - segment.FromPerSecond) * fraction)));
                left = TimeSpan.Zero;
            }
        }

        return segments;
    }
}
