namespace Harness.Load.Phases;

/// <summary>
/// Open model whose arrival rate moves linearly from <see cref="From"/> to <see cref="To"/>
/// over the phase (k6 ramping-arrival-rate stage, NBomber RampingInject).
/// </summary>
public sealed record RampingRatePhase : OpenPhase
{
    /// <summary>Arrivals per second at the start (may be 0).</summary>
    public required double From { get; init; }

    /// <summary>Arrivals per second at the end.</summary>
    public required double To { get; init; }

    internal override IReadOnlyList<RateSegment> Segments => [new(Duration, From, To)];

    public override Phase Scaled(double factor) => this with { From = From * factor, To = To * factor };

    internal override void ValidateRates(ProblemList problems, string path)
    {
        problems.Rate(path + ".from", From, allowZero: true);
        problems.Rate(path + ".to", To, allowZero: true);
        if (From == 0 && To == 0)
        {
            problems.Add(path, "'from' and 'to' are both 0: nothing would be sent");
        }
    }
}
