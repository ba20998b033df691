using System.Text.Json.Serialization;

namespace Harness.Load.Phases;

/// <summary>
/// One workload phase (k6 calls these executors). Open phases (<see cref="OpenPhase"/>) send at a
/// planned arrival rate regardless of how the target answers; closed phases (<see cref="ClosedPhase"/>)
/// run virtual users that each send, wait for the answer, and send again. A phase owns its load profile,
/// its validation and how <c>--rate</c> and <c>--duration</c> reshape it; the engine runs it as it is.
/// </summary>
/// <remarks>
/// A new phase type is one record deriving from <see cref="OpenPhase"/> or <see cref="ClosedPhase"/>, its
/// <see cref="JsonDerivedTypeAttribute"/> line below (or <see cref="PhaseTypes.Register{T}"/>), and its
/// section of <c>scenarios/scenario.schema.json</c>.
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(WarmUpPhase), "warmup")]
[JsonDerivedType(typeof(ConstantRatePhase), "constant-rate")]
[JsonDerivedType(typeof(RampingRatePhase), "ramping-rate")]
[JsonDerivedType(typeof(SpikePhase), "spike")]
[JsonDerivedType(typeof(ConstantConcurrencyPhase), "constant-concurrency")]
[JsonDerivedType(typeof(RampingConcurrencyPhase), "ramping-concurrency")]
[JsonDerivedType(typeof(IterationsPhase), "iterations")]
public abstract record Phase
{
    /// <summary>The JSON <c>type</c> of this phase, e.g. <c>constant-rate</c>.</summary>
    [JsonIgnore]
    public string Type => PhaseTypes.NameOf(GetType());

    /// <summary>Optional label shown in the timeline and reports.</summary>
    [JsonPropertyOrder(-1)]
    public string? Name { get; init; }

    /// <summary>
    /// A warm-up: load that opens connections and lets caches and the JIT settle, measured apart and
    /// left out of the results. Any phase can be one; the <c>warmup</c> type always is.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Warmup { get; init; }

    /// <summary>True when the phase is measured apart (<see cref="Warmup"/>, or a <c>warmup</c> phase).</summary>
    [JsonIgnore]
    public bool IsWarmup => Runnable.Warmup;

    /// <summary>Planned length, or null when it depends on the target (iterations without a bound).</summary>
    [JsonIgnore]
    public abstract TimeSpan? PlannedDuration { get; }

    /// <summary>Label for display: the name if given, else the type.</summary>
    [JsonIgnore]
    public string DisplayName => Name ?? Type;

    /// <summary>Open, closed or iterations: how the engine produces this phase's load.</summary>
    [JsonIgnore]
    public PhaseKind Kind => Runnable switch
    {
        OpenPhase => PhaseKind.Open,
        ClosedPhase => PhaseKind.Closed,
        _ => PhaseKind.Iterations,
    };

    /// <summary>The phase the engine runs: itself, except for shorthands (a <c>warmup</c> runs as the phase it stands for).</summary>
    internal virtual Phase Runnable => this;

    /// <summary>A copy with every rate multiplied by <paramref name="factor"/> (<c>--rate</c>); closed phases keep their users.</summary>
    public virtual Phase Scaled(double factor) => this;

    /// <summary>A copy lasting <paramref name="factor"/> times as long (<c>--duration</c>); unbounded phases stay as they are.</summary>
    public virtual Phase Stretched(double factor) => this;

    /// <summary>Adds every problem of this phase to <paramref name="problems"/>, paths under <paramref name="path"/> (<c>$.phases[i]</c>).</summary>
    internal virtual void Validate(ProblemList problems, string path)
    {
        if (Name is { Length: 0 })
        {
            problems.Add(path + ".name", "must not be empty when given");
        }
    }
}
