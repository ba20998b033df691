namespace Harness.Generators.Seeds;

/// <summary>
/// Derives the seed of payload <c>index</c> from a run's seed, so any payload can be rebuilt
/// from (seed, index) alone, in any order and on any thread.
/// </summary>
public static class SeedMix
{
    /// <summary>A well-spread, platform-independent 32-bit seed for (seed, index) (SplitMix64 finaliser).</summary>
    public static int For(int seed, long index) => (int)(For64(seed, index) & 0x7FFFFFFF);

    /// <summary>The same mix as a 64-bit value.</summary>
    public static ulong For64(int seed, long index)
    {
        unchecked
        {
            var z = ((ulong)(uint)seed << 32) ^ (ulong)index;
            z += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
