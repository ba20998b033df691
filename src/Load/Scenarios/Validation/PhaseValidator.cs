namespace Harness.Load.Scenarios;

/// <summary>Checks of each phase type; paths are relative to the phase (<c>$.phases[i]</c>).</summary>
internal static class PhaseValidator
{
    internal static void Validate(Phase phase, string path, ProblemList problems)
    {
        var max = ScenarioLimits.MaxPhaseDuration;
        switch (phase)
        {
            case WarmUpPhase warmUp:
                problems.Duration(path + ".duration", warmUp.Duration, max);
                if (warmUp.Rate is null == warmUp.Users is null)
                {
                    problems.Add(path, "a warm-up needs exactly one of 'rate' (open) or 'users' (closed)");
                }
                if (warmUp.Rate is { } rate)
                {
                    problems.Rate(path + ".rate", rate, allowZero: false);
                }
                if (warmUp.Users is { } users)
                {
                    problems.Range(path + ".users", users, 1, ScenarioLimits.MaxUsers);
                }
                break;
            case ConstantRatePhase constant:
                problems.Duration(path + ".duration", constant.Duration, max);
                problems.Rate(path + ".rate", constant.Rate, allowZero: false);
                break;
            case RampingRatePhase ramp:
                problems.Duration(path + ".duration", ramp.Duration, max);
                problems.Rate(path + ".from", ramp.From, allowZero: true);
                problems.Rate(path + ".to", ramp.To, allowZero: true);
                if (ramp.From == 0 && ramp.To == 0)
                {
                    problems.Add(path, "'from' and 'to' are both 0: nothing would be sent");
                }
                break;
            case SpikePhase spike:
                ValidateSpike(spike, path, problems);
                break;
            case ConstantConcurrencyPhase constantUsers:
                problems.Duration(path + ".duration", constantUsers.Duration, max);
                problems.Range(path + ".users", constantUsers.Users, 1, ScenarioLimits.MaxUsers);
                break;
            case RampingConcurrencyPhase rampUsers:
                problems.Duration(path + ".duration", rampUsers.Duration, max);
                problems.Range(path + ".from", rampUsers.From, 0, ScenarioLimits.MaxUsers);
                problems.Range(path + ".to", rampUsers.To, 0, ScenarioLimits.MaxUsers);
                if (rampUsers.From == 0 && rampUsers.To == 0)
                {
                    problems.Add(path, "'from' and 'to' are both 0: nothing would be sent");
                }
                break;
            case IterationsPhase iterations:
                problems.Range(path + ".count", iterations.Count, 1, ScenarioLimits.MaxIterations);
                problems.Range(path + ".concurrency", iterations.Concurrency, 1, ScenarioLimits.MaxUsers);
                if (iterations.MaxDuration is { } bound)
                {
                    problems.Duration(path + ".maxDuration", bound, max);
                }
                break;
            default:
                problems.Add(path + ".type", $"unsupported phase type '{phase.Type}'");
                break;
        }
        if (phase is OpenPhase open && !problems.HasProblemAt(path) && ExpectedRequests(open) < 1)
        {
            problems.Add(path, $"plans {ProblemList.Text(Math.Round(ExpectedRequests(open), 3))} requests: fewer than one would be sent",
                "raise the rate or lengthen the duration");
        }
        if (phase.Name is { Length: 0 })
        {
            problems.Add(path + ".name", "must not be empty when given");
        }
    }

    // Requests an open phase plans: the integral of its rate over the duration.
    private static double ExpectedRequests(OpenPhase phase) => phase switch
    {
        ConstantRatePhase c => c.Rate * c.Duration.TotalSeconds,
        RampingRatePhase r => (r.From + r.To) / 2 * r.Duration.TotalSeconds,
        SpikePhase s => (s.BaseRate * s.Duration.TotalSeconds) + ((s.SpikeRate - s.BaseRate) * (s.SpikeDuration + s.RampTime).TotalSeconds),
        _ => double.MaxValue,
    };

    private static void ValidateSpike(SpikePhase spike, string path, ProblemList problems)
    {
        problems.Duration(path + ".duration", spike.Duration, ScenarioLimits.MaxPhaseDuration);
        problems.Rate(path + ".baseRate", spike.BaseRate, allowZero: true);
        problems.Rate(path + ".spikeRate", spike.SpikeRate, allowZero: false);
        if (spike.SpikeRate <= spike.BaseRate && !problems.HasProblemAt(path + ".spikeRate"))
        {
            problems.Add(path + ".spikeRate", $"must be above baseRate ({ProblemList.Text(spike.BaseRate)}), got {ProblemList.Text(spike.SpikeRate)}");
        }
        problems.Duration(path + ".spikeAt", spike.SpikeAt, spike.Duration, allowZero: true);
        problems.Duration(path + ".spikeDuration", spike.SpikeDuration, spike.Duration);
        problems.Duration(path + ".rampTime", spike.RampTime, spike.Duration, allowZero: true);
        var end = spike.SpikeAt + spike.RampTime + spike.SpikeDuration + spike.RampTime;
        if (end > spike.Duration && !problems.HasProblemAt(path))
        {
            problems.Add(path, $"spikeAt + 2 × rampTime + spikeDuration ({DurationText.Format(end)}) must fit in duration ({DurationText.Format(spike.Duration)})");
        }
    }
}
