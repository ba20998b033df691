using HdrHistogram;

namespace Harness.Load.Measurement;

/// <summary>The one histogram shape every latency uses: microseconds, 1 us to 1 hour, 3 significant digits.</summary>
internal static class LatencyHistograms
{
    public const long Lowest = 1;
    public const long Highest = 3_600_000_000;
    public const int SignificantDigits = 3;

    public static LongHistogram Create() => new(Lowest, Highest, SignificantDigits);

    /// <summary>
    /// A recorder many request tasks write to at once: its histograms must be the concurrent kind
    /// (the Recorder only makes the interval swap safe; a plain LongHistogram would lose counts).
    /// </summary>
    public static Recorder CreateRecorder() =>
        new(Lowest, Highest, SignificantDigits, static (id, lowest, highest, digits) => new LongConcurrentHistogram(id, lowest, highest, digits));

    /// <summary>
    /// A recorder one thread writes to (a <see cref="MetricLane"/>'s): a plain histogram, no interlocked counts;
    /// the recorder still makes the interval swap safe against that writer.
    /// </summary>
    public static Recorder CreateSingleWriterRecorder() =>
        new(Lowest, Highest, SignificantDigits, static (id, lowest, highest, digits) => new LongHistogram(id, lowest, highest, digits));

    /// <summary>Clamps into the trackable range: a value past an hour is recorded as an hour, never lost.</summary>
    public static long Clamp(long microseconds) => Math.Clamp(microseconds, Lowest, Highest);

    public static long ToMicroseconds(long timestampTicks, long frequency) =>
        (long)(timestampTicks * (1_000_000.0 / frequency));
}
