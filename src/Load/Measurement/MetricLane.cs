using HdrHistogram;

namespace Harness.Load.Measurement;

/// <summary>
/// One thread's share of a <see cref="RunMetrics"/>: counters and latency recorders that only that thread writes,
/// so booking a request touches no cache line another core writes (no interlocked operation on shared counters).
/// Readers (the interval tick, the end of the run) add the lanes up.
/// </summary>
/// <remarks>
/// Single writer: plain increments, published with <see cref="Volatile"/> writes so a reader on another core sees
/// whole values; the recorders' interval swap is still safe (HdrHistogram's phaser waits for the writer to leave).
/// </remarks>
internal sealed class MetricLane
{
    public const int StatusSlots = 600;

    private readonly long[] _outcomes = new long[Enum.GetValues<OutcomeKind>().Length];
    private readonly long[] _statuses = new long[StatusSlots];

    /// <summary>A field, not a property: the writer bumps its counters in place (<c>ref Lane.Counts.Sent</c>).</summary>
    public RequestCounts Counts;
    public long OtherStatuses;

    public Recorder Response { get; } = LatencyHistograms.CreateSingleWriterRecorder();

    public Recorder Service { get; } = LatencyHistograms.CreateSingleWriterRecorder();

    public Recorder Failed { get; } = LatencyHistograms.CreateSingleWriterRecorder();

    public ErrorCodeTally Codes { get; } = new();

    public long Outcome(OutcomeKind kind) => Volatile.Read(ref _outcomes[(int)kind]);

    public long Status(int status) => Volatile.Read(ref _statuses[status]);

    public static void Bump(ref long counter) => Volatile.Write(ref counter, counter + 1);

    public static void Add(ref long counter, long amount) => Volatile.Write(ref counter, counter + amount);

    public void CountOutcome(OutcomeKind kind) => Bump(ref _outcomes[(int)kind]);

    public void CountStatus(int status)
    {
        if ((uint)status < StatusSlots)
        {
            Bump(ref _statuses[status]);
        }
        else
        {
            Bump(ref OtherStatuses);
        }
    }
}
