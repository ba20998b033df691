namespace Harness.Generators.Seeds;

/// <summary>
/// A <see cref="Random"/> that can be reseeded in place (SplitMix64). Bogus draws from it, so a
/// faker moves to payload (seed, index) without building a new generator, and the sequence is
/// pure integer arithmetic: the same on every platform and runtime.
/// </summary>
internal sealed class SplitMixRandom : Random
{
    private ulong _state;

    public void Reset(ulong seed) => _state = seed;

    public override int Next() => (int)(NextUInt64() >> 33);

    // The int draws are the long draws of the same bounds, so both consume the sequence alike.
    public override int Next(int maxValue) => (int)NextInt64(maxValue);

    public override int Next(int minValue, int maxValue) => (int)NextInt64(minValue, maxValue);

    public override long NextInt64() => (long)(NextUInt64() >> 1);

    public override long NextInt64(long maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxValue);
        return (long)Below((ulong)maxValue);
    }

    public override long NextInt64(long minValue, long maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minValue, maxValue);
        return unchecked(minValue + (long)Below((ulong)(maxValue - minValue)));
    }

    public override double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public override float NextSingle() => (NextUInt64() >> 40) * (1.0f / (1U << 24));

    public override void NextBytes(byte[] buffer) => NextBytes(buffer.AsSpan());

    public override void NextBytes(Span<byte> buffer)
    {
        for (var i = 0; i < buffer.Length; i += 8)
        {
            var value = NextUInt64();
            for (var b = i; b < Math.Min(i + 8, buffer.Length); b++)
            {
                buffer[b] = (byte)value;
                value >>= 8;
            }
        }
    }

    protected override double Sample() => NextDouble();

    private ulong NextUInt64()
    {
        unchecked
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    // Uniform in [0, bound) by rejection, so no value is favoured.
    private ulong Below(ulong bound)
    {
        if (bound <= 1)
        {
            return 0;
        }

        var limit = ulong.MaxValue - (ulong.MaxValue % bound);
        ulong value;
        do
        {
            value = NextUInt64();
        }
        while (value >= limit);

        return value % bound;
    }
}
