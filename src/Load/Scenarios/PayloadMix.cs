namespace Harness.Load.Scenarios;

/// <summary>
/// Which alarms are sent: a pool of pre-serialized payloads built once from the generators
/// (seeded, so two runs send the same bytes) and cycled through during the run.
/// </summary>
public sealed record PayloadMix
{
    /// <summary>Number of distinct payloads prepared before the run.</summary>
    public int PoolSize { get; init; } = 1000;

    /// <summary>Seed of the generators: same seed, same payloads.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>
    /// Share (0..1) of payloads drawn from the broken-alarm catalogue, each with its expected
    /// rejection; the rest are valid alarms.
    /// </summary>
    public double BrokenShare { get; init; }

    /// <summary>How the valid alarms are grouped into realistic streams.</summary>
    public StreamMix Streams { get; init; } = new();
}
