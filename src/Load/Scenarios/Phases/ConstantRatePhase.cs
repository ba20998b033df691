using System.Text.Json.Serialization;

namespace Harness.Load.Scenarios;

/// <summary>Open model at a fixed arrival rate (k6 constant-arrival-rate, NBomber Inject).</summary>
public sealed record ConstantRatePhase : OpenPhase
{
    /// <inheritdoc />
    public override string Type => PhaseTypes.ConstantRate;

    /// <summary>Arrivals per second; fractions allowed (0.5 = one every two seconds).</summary>
    public required double Rate { get; init; }

    /// <inheritdoc />
    public override double RateAt(TimeSpan offset) => Rate;

    /// <inheritdoc />
    [JsonIgnore]
    public override double PeakRate => Rate;

    /// <inheritdoc />
    public override OpenPhase ScaleRate(double factor) => this with { Rate = Rate * factor };
}
