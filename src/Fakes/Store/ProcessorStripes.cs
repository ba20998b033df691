namespace Harness.Fakes.Store;

/// <summary>
/// How the receiver's hot-path counters and histogram are split: one stripe per processor, up to
/// <see cref="Max"/>, and a request writes the stripe of the processor it runs on, so two cores
/// answering at once do not take the same cache lines from each other.
/// </summary>
internal static class ProcessorStripes
{
    /// <summary>Beyond this many the stripes cost more memory (and reads) than the contention they save.</summary>
    public const int Max = 8;

    /// <summary>How many stripes to make on this machine.</summary>
    public static int Count { get; } = Math.Clamp(Environment.ProcessorCount, 1, Max);

    /// <summary>
    /// The stripe for the current thread, of <paramref name="count"/>. The processor id is a cached
    /// hint that can be stale, so a stripe may still be shared now and then: writers stay atomic.
    /// </summary>
    public static int Current(int count) => Thread.GetCurrentProcessorId() % count;
}
