using Harness.Contract;
using Harness.Load.Phases;
using Harness.Load.Thresholds;

namespace Harness.Load.Scenarios;

/// <summary>
/// Fluent construction of a <see cref="Scenario"/>, mirroring the JSON file section by section.
/// <see cref="Build"/> runs the same validation as the loader and reports every problem at once.
/// <code>
/// var scenario = Scenario.Create("checkout")
///     .WarmUp(rate: 20, TimeSpan.FromSeconds(5))
///     .ConstantRate(100, TimeSpan.FromSeconds(30))
///     .Thresholds("p99 &lt; 250ms", "error_rate &lt; 0.1%")
///     .Build();
/// </code>
/// </summary>
public sealed class ScenarioBuilder
{
    private readonly List<Phase> _phases = [];
    private readonly List<(string Expression, bool AbortOnFail, TimeSpan Grace)> _thresholds = [];

    // Name, description, target, payload and transport as set so far; the phases and thresholds join at Build.
    private Scenario _scenario;

    internal ScenarioBuilder(string name) => _scenario = new Scenario { Name = name, Phases = [] };

    /// <summary>Sets the description.</summary>
    public ScenarioBuilder Describe(string description) => Set(() => _scenario = _scenario with { Description = description });

    /// <summary>Sets the target (JSON <c>target</c>); the command line still wins when the engine is run from it.</summary>
    public ScenarioBuilder Target(Uri? baseUrl = null, string? key = null, string? token = null, Profile? profile = null, bool? insecure = null) =>
        Set(() => _scenario = _scenario with
        {
            Target = _scenario.Target with
            {
                BaseUrl = baseUrl ?? _scenario.Target.BaseUrl,
                Key = key ?? _scenario.Target.Key,
                Token = token ?? _scenario.Target.Token,
                Profile = profile ?? _scenario.Target.Profile,
                Insecure = insecure ?? _scenario.Target.Insecure,
            },
        });

    /// <summary>Open warm-up at <paramref name="rate"/> per second, excluded from the results.</summary>
    public ScenarioBuilder WarmUp(double rate, TimeSpan duration, ArrivalProcess arrival = ArrivalProcess.Even, string? name = null) =>
        Phase(new WarmUpPhase { Rate = rate, Duration = duration, Arrival = arrival, Name = name });

    /// <summary>Closed warm-up with <paramref name="users"/> users, excluded from the results.</summary>
    public ScenarioBuilder WarmUpUsers(int users, TimeSpan duration, string? name = null) =>
        Phase(new WarmUpPhase { Users = users, Duration = duration, Name = name });

    /// <summary>Open phase at a fixed arrival rate (fractions allowed).</summary>
    public ScenarioBuilder ConstantRate(double rate, TimeSpan duration, ArrivalProcess arrival = ArrivalProcess.Even, string? name = null) =>
        Phase(new ConstantRatePhase { Rate = rate, Duration = duration, Arrival = arrival, Name = name });

    /// <summary>Open phase ramping linearly from one rate to another.</summary>
    public ScenarioBuilder RampingRate(double from, double to, TimeSpan duration, ArrivalProcess arrival = ArrivalProcess.Even, string? name = null) =>
        Phase(new RampingRatePhase { From = from, To = to, Duration = duration, Arrival = arrival, Name = name });

    /// <summary>Open phase at a base rate with one spike.</summary>
    public ScenarioBuilder Spike(double baseRate, double spikeRate, TimeSpan duration, TimeSpan spikeAt, TimeSpan spikeDuration,
                                 TimeSpan rampTime = default, ArrivalProcess arrival = ArrivalProcess.Even, string? name = null) =>
        Phase(new SpikePhase
        {
            BaseRate = baseRate, SpikeRate = spikeRate, Duration = duration, SpikeAt = spikeAt,
            SpikeDuration = spikeDuration, RampTime = rampTime, Arrival = arrival, Name = name,
        });

    /// <summary>Closed phase with a fixed number of users.</summary>
    public ScenarioBuilder ConstantConcurrency(int users, TimeSpan duration, string? name = null) =>
        Phase(new ConstantConcurrencyPhase { Users = users, Duration = duration, Name = name });

    /// <summary>Closed phase ramping the user count linearly.</summary>
    public ScenarioBuilder RampingConcurrency(int from, int to, TimeSpan duration, string? name = null) =>
        Phase(new RampingConcurrencyPhase { From = from, To = to, Duration = duration, Name = name });

    /// <summary>A fixed number of requests shared by <paramref name="concurrency"/> users.</summary>
    public ScenarioBuilder Iterations(long count, int concurrency = 1, TimeSpan? maxDuration = null, string? name = null) =>
        Phase(new IterationsPhase { Count = count, Concurrency = concurrency, MaxDuration = maxDuration, Name = name });

    /// <summary>Appends any phase.</summary>
    public ScenarioBuilder Phase(Phase phase)
    {
        ArgumentNullException.ThrowIfNull(phase);
        _phases.Add(phase);
        return this;
    }

    /// <summary>Sets the payload pool (JSON <c>payload</c>); unset arguments keep their current values.</summary>
    public ScenarioBuilder Payload(int? poolSize = null, int? seed = null, double? brokenShare = null) =>
        Set(() => _scenario = _scenario with
        {
            Payload = _scenario.Payload with
            {
                PoolSize = poolSize ?? _scenario.Payload.PoolSize,
                Seed = seed ?? _scenario.Payload.Seed,
                BrokenShare = brokenShare ?? _scenario.Payload.BrokenShare,
            },
        });

    /// <summary>Sets the alarm streams (JSON <c>payload.streams</c>); unset arguments keep their current values.</summary>
    public ScenarioBuilder Streams(double? raiseRecover = null, double? storms = null, double? flapping = null,
                                   int? stormSize = null, int? flapCycles = null)
    {
        var streams = _scenario.Payload.Streams;
        return Set(() => _scenario = _scenario with
        {
            Payload = _scenario.Payload with
            {
                Streams = streams with
                {
                    RaiseRecover = raiseRecover ?? streams.RaiseRecover,
                    Storms = storms ?? streams.Storms,
                    Flapping = flapping ?? streams.Flapping,
                    StormSize = stormSize ?? streams.StormSize,
                    FlapCycles = flapCycles ?? streams.FlapCycles,
                },
            },
        });
    }

    /// <summary>Sets the transport (JSON <c>transport</c>); unset arguments keep their current values.</summary>
    public ScenarioBuilder Transport(int? connections = null, TimeSpan? requestTimeout = null, int? maxInFlight = null,
                                     HttpVersionChoice? httpVersion = null) =>
        Set(() => _scenario = _scenario with
        {
            Transport = _scenario.Transport with
            {
                Connections = connections ?? _scenario.Transport.Connections,
                RequestTimeout = requestTimeout ?? _scenario.Transport.RequestTimeout,
                MaxInFlight = maxInFlight ?? _scenario.Transport.MaxInFlight,
                HttpVersion = httpVersion ?? _scenario.Transport.HttpVersion,
            },
        });

    /// <summary>Adds plain thresholds such as <c>"p99 &lt; 250ms"</c>.</summary>
    public ScenarioBuilder Thresholds(params string[] expressions)
    {
        ArgumentNullException.ThrowIfNull(expressions);
        foreach (var expression in expressions)
        {
            _thresholds.Add((expression, false, TimeSpan.Zero));
        }
        return this;
    }

    /// <summary>Adds one threshold with its options.</summary>
    public ScenarioBuilder Threshold(string expression, bool abortOnFail = false, TimeSpan grace = default)
    {
        _thresholds.Add((expression, abortOnFail, grace));
        return this;
    }

    /// <summary>Validates and returns the scenario, or throws <see cref="ScenarioValidationException"/> listing every problem.</summary>
    public Scenario Build() =>
        TryBuild(out var scenario, out var problems) ? scenario : throw new ScenarioValidationException($"scenario '{_scenario.Name}'", problems);

    /// <summary>Validates; on failure <paramref name="problems"/> lists every problem with its JSON path.</summary>
    public bool TryBuild([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Scenario? scenario, out IReadOnlyList<ScenarioProblem> problems)
    {
        var list = new ProblemList();
        var thresholds = new List<Threshold>();
        for (var i = 0; i < _thresholds.Count; i++)
        {
            var (expression, abortOnFail, grace) = _thresholds[i];
            if (ThresholdExpression.TryParse(expression ?? "", out _, out var error))
            {
                thresholds.Add(new Threshold(expression!, abortOnFail, grace));
            }
            else
            {
                list.Add($"$.thresholds[{i}]", error.Render(), error.Hint);
            }
        }
        var candidate = _scenario with { Phases = _phases, Thresholds = thresholds };
        ScenarioValidator.Validate(candidate, list);
        problems = list.Items;
        scenario = list.Count == 0 ? candidate : null;
        return scenario is not null;
    }

    private ScenarioBuilder Set(Action apply)
    {
        apply();
        return this;
    }
}
