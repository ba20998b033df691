using System.Runtime.CompilerServices;
using Harness.Load.Phases;

namespace Harness.Load.Tests.Phases;

/// <summary>
/// A phase type that exists only in the tests, to show that a new phase type is one file: the rate
/// holds each of <see cref="Rates"/> for <see cref="Step"/> in turn. Its JSON name is registered below;
/// a shipped type would instead get a [JsonDerivedType] line on Phase and a section in the schema.
/// </summary>
public sealed record StepRatePhase : OpenPhase
{
    /// <summary>Arrivals per second of each step, in order.</summary>
    public required IReadOnlyList<double> Rates { get; init; }

    /// <summary>How long each step lasts.</summary>
    public required TimeSpan Step { get; init; }

    internal override IReadOnlyList<RateSegment> Segments => [.. Rates.Select(r => RateSegment.Constant(Step, r))];

    /// <inheritdoc />
    public override Phase Scaled(double factor) => this with { Rates = [.. Rates.Select(r => r * factor)] };

    /// <inheritdoc />
    public override Phase Stretched(double factor) => this with { Duration = Duration * factor, Step = Step * factor };

    internal override void ValidateRates(ProblemList problems, string path)
    {
        for (var i = 0; i < Rates.Count; i++)
        {
            problems.Rate($"{path}.rates[{i}]", Rates[i], allowZero: true);
        }

        if (Step * Rates.Count != Duration)
        {
            problems.Add(path + ".step", "steps × step must equal duration");
        }
    }

    public bool Equals(StepRatePhase? other) =>
        other is not null && base.Equals(other) && Rates.SequenceEqual(other.Rates) && Step == other.Step;

    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Step, Rates.Count);

#pragma warning disable CA2255 // The test assembly registers its phase type before any test binds JSON.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Register() => PhaseTypes.Register<StepRatePhase>("step-rate");
}
