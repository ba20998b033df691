using Bogus;

namespace Harness.Generators.Seeds;

/// <summary>A Bogus <see cref="Randomizer"/> drawing from a <see cref="SplitMixRandom"/> that is reseeded in place.</summary>
internal sealed class ReseedableRandomizer : Randomizer
{
    private readonly SplitMixRandom _random = new();

    public ReseedableRandomizer()
    {
        localSeed = _random;
    }

    /// <summary>A randomizer already on the sequence of (seed, index).</summary>
    public static ReseedableRandomizer At(int seed, long index)
    {
        var randomizer = new ReseedableRandomizer();
        randomizer.Reseed(seed, index);
        return randomizer;
    }

    /// <summary>Moves to the sequence of (seed, index).</summary>
    public void Reseed(int seed, long index) => _random.Reset(SeedMix.For64(seed, index));
}
