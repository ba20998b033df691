using System.Text.Json.Serialization;

namespace Harness.Load.Scenarios;

/// <summary>
/// Open model whose arrival rate moves linearly from <see cref="From"/> to <see cref="To"/>
/// over the phase (k6 ramping-arrival-rate stage, NBomber RampingInject).
/// </summary>
public sealed record RampingRatePhase : OpenPhase
{
    /// <inheritdoc />
    public override string Type => PhaseTypes.RampingRate;

    /// <summary>Arrivals per second at the start (may be 0).</summary>
    public required double From { get; init; }

    /// <summary>Arrivals per second at the end.</summary>
    public required double To { get; init; }

    /// <inheritdoc />
    public override double RateAt(TimeSpan offset)
    {
        if (Duration <= TimeSpan.Zero)
        {
            return To;
        }
        var progress = Math.Clamp(offset / Duration, 0, 1);
        return From + ((To - From) * progress);
    }

    /// <inheritdoc />
    [JsonIgnore]
    public override double PeakRate => Math.Max(From, To);

    /// <inheritdoc />
    public override OpenPhase ScaleRate(double factor) => this with { From = From * factor, To = To * factor };
}
