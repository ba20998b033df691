namespace Harness.Load.Phases;

/// <summary>Open model at a fixed arrival rate (k6 constant-arrival-rate, NBomber Inject).</summary>
public sealed record ConstantRatePhase : OpenPhase
{
    /// <summary>Arrivals per second; fractions allowed (0.5 = one every two seconds).</summary>
    public required double Rate { get; init; }

    internal override IReadOnlyList<RateSegment> Segments => [RateSegment.Constant(Duration, Rate)];

    public override Phase Scaled(double factor) => this with { Rate = Rate * factor };

    internal override void ValidateRates(ProblemList problems, string path) => problems.Rate(path + ".rate", Rate, allowZero: false);
}
