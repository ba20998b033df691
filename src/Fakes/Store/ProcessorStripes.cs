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

    /// <summary>
    /// How many stripe lookups a thread makes before asking for its processor again. On Linux
    /// <see cref="Thread.GetCurrentProcessorId"/> is a system call through the runtime each time
    /// (sched_getcpu), and a request looks its stripe up several times; a thread rarely moves.
    /// </summary>
    private const int Reuses = 32;

    [ThreadStatic]
    private static int t_processor;

    [ThreadStatic]
    private static int t_reusesLeft;

    /// <summary>How many stripes to make on this machine.</summary>
    public static int Count { get; } = Math.Clamp(Environment.ProcessorCount, 1, Max);

    /// <summary>
    /// The stripe for the current thread, of <paramref name="count"/>. The processor id is a cached
    /// hint that can be stale, so a stripe may still be shared now and then: writers stay atomic.
    /// </summary>
    public static int Current(int count)
    {
        if (--t_reusesLeft < 0)
        {
            t_processor = Thread.GetCurrentProcessorId();
            t_reusesLeft = Reuses;
        }

        return t_processor % count;
    }
}
