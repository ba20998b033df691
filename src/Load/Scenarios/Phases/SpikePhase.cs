using System.Text.Json.Serialization;

namespace Harness.Load.Scenarios;

/// <summary>
/// Open model at <see cref="BaseRate"/> with one burst to <see cref="SpikeRate"/>: the spike
/// starts at <see cref="SpikeAt"/>, climbs over <see cref="RampTime"/>, holds for
/// <see cref="SpikeDuration"/>, and falls back over <see cref="RampTime"/>.
/// </summary>
public sealed record SpikePhase : OpenPhase
{
    /// <inheritdoc />
    public override string Type => PhaseTypes.Spike;

    /// <summary>Arrivals per second outside the spike.</summary>
    public required double BaseRate { get; init; }

    /// <summary>Arrivals per second at the top of the spike.</summary>
    public required double SpikeRate { get; init; }

    /// <summary>Offset from the phase start at which the climb begins.</summary>
    public required TimeSpan SpikeAt { get; init; }

    /// <summary>How long the top rate holds.</summary>
    public required TimeSpan SpikeDuration { get; init; }

    /// <summary>Time to climb to the top and to fall back (0 = a step).</summary>
    public TimeSpan RampTime { get; init; } = TimeSpan.Zero;

    /// <inheritdoc />
    public override double RateAt(TimeSpan offset)
    {
        var climbEnd = SpikeAt + RampTime;
        var holdEnd = climbEnd + SpikeDuration;
        var fallEnd = holdEnd + RampTime;
        if (offset < SpikeAt || offset >= fallEnd)
        {
            return BaseRate;
        }
        if (offset < climbEnd)
        {
            return BaseRate + ((SpikeRate - BaseRate) * ((offset - SpikeAt) / RampTime));
        }
        if (offset < holdEnd)
        {
            return SpikeRate;
        }
        return SpikeRate + ((BaseRate - SpikeRate) * ((offset - holdEnd) / RampTime));
    }

    /// <inheritdoc />
    [JsonIgnore]
    public override double PeakRate => Math.Max(BaseRate, SpikeRate);

    /// <inheritdoc />
    public override OpenPhase ScaleRate(double factor) =>
        this with { BaseRate = BaseRate * factor, SpikeRate = SpikeRate * factor };
}
