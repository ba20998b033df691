using System.Text.Json.Serialization;
using Harness.Load.Phases;
using Harness.Load.Thresholds;

namespace Harness.Load.Scenarios;

/// <summary>
/// A load scenario: what to send (payload mix), how hard and for how long (phases in sequence),
/// over what (transport), and what must hold afterwards (thresholds). Immutable; build one with
/// <see cref="Create"/> or load one with <see cref="Load"/> / <see cref="Parse"/>: both produce equal models.
/// </summary>
public sealed record Scenario
{
    /// <summary>Short name, used in run folder names (letters, digits, '-', '_', '.').</summary>
    public required string Name { get; init; }

    /// <summary>Free text shown in reports.</summary>
    public string? Description { get; init; }

    /// <summary>Where to send; usually left empty in files and given on the command line.</summary>
    public ScenarioTarget Target { get; init; } = new();

    /// <summary>Workload phases, run in sequence. Warm-up phases are measured apart.</summary>
    /// <remarks>Held as a list that compares by content, so two scenarios built from the same input are equal.</remarks>
    public required IReadOnlyList<Phase> Phases { get; init => field = new ValueList<Phase>(value ?? []); }

    /// <summary>Which alarms are sent.</summary>
    public PayloadMix Payload { get; init; } = new();

    /// <summary>Connections, timeouts, in-flight cap, HTTP version.</summary>
    public TransportSettings Transport { get; init; } = new();

    /// <summary>Pass/fail conditions, evaluated after (or during, for abortOnFail) the run.</summary>
    public IReadOnlyList<Threshold> Thresholds { get; init => field = new ValueList<Threshold>(value ?? []); } = ValueList<Threshold>.Empty;

    /// <summary>
    /// Loads the scenario file at <paramref name="path"/>, or throws <see cref="ScenarioValidationException"/>
    /// listing every problem (unreadable file, bad JSON, unknown or ill-typed properties, out-of-range values)
    /// with its JSON path and, where one helps, a hint.
    /// </summary>
    public static Scenario Load(string path) => ScenarioLoader.LoadFile(path).OrThrow();

    /// <summary>Reads a scenario from JSON text as <see cref="Load"/> does; <paramref name="source"/> names it in messages.</summary>
    public static Scenario Parse(string json, string source = "scenario") => ScenarioLoader.Load(json, source).OrThrow();

    /// <summary>Starts a fluent builder for a scenario called <paramref name="name"/>.</summary>
    public static ScenarioBuilder Create(string name) => new(name);

    /// <summary>
    /// Every problem with this scenario, with JSON paths, the same checks the loader and the builder
    /// run; for a scenario changed with <c>with</c> after loading. Empty when it is runnable.
    /// </summary>
    public IReadOnlyList<ScenarioProblem> Validate()
    {
        var problems = new ProblemList();
        ScenarioValidator.Validate(this, problems);
        return problems.Items;
    }

    /// <summary>The phases that count in the results (everything but warm-up).</summary>
    [JsonIgnore]
    public IEnumerable<Phase> MainPhases => Phases.Where(p => !p.IsWarmup);

    /// <summary>
    /// Planned wall time of all phases, or null when an iterations phase has no time bound
    /// (its length depends on the target).
    /// </summary>
    [JsonIgnore]
    public TimeSpan? PlannedDuration =>
        Phases.All(p => p.PlannedDuration is not null) ? Phases.Aggregate(TimeSpan.Zero, (sum, p) => sum + p.PlannedDuration!.Value) : null;
}
