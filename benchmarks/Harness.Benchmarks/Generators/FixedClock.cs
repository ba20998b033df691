namespace Harness.Benchmarks.Generators;

/// <summary>A clock stopped at the spec example's time, so every run builds the same payloads.</summary>
internal sealed class FixedClock : TimeProvider
{
    public static readonly FixedClock Instance = new();

    public override DateTimeOffset GetUtcNow() => new(2024, 2, 28, 11, 7, 24, 540, TimeSpan.Zero);
}
