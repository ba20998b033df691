using HdrHistogram;
using Harness.Load.Measurement;

namespace Harness.Load.Results;

/// <summary>The counts and latency histograms of the measured phases (or, apart, of the warm-up).</summary>
public sealed class LoadTotals
{
    /// <summary>Open-model starts computed by the schedule (closed model: requests the users began).</summary>
    public required long Scheduled { get; init; }

    /// <summary>Requests handed to the transport.</summary>
    public required long Sent { get; init; }

    /// <summary>Open-model starts never sent because the in-flight cap held them past the drop bound.</summary>
    public required long Dropped { get; init; }

    /// <summary>Open-model starts that went out later than the plan's late bound.</summary>
    public required long Late { get; init; }

    public required IReadOnlyDictionary<OutcomeKind, long> Outcomes { get; init; }

    /// <summary>Answers per HTTP status.</summary>
    public required IReadOnlyDictionary<int, long> Statuses { get; init; }

    /// <summary>Answers per envelope <c>error_code</c> ("(none)" when the body had none).</summary>
    public required IReadOnlyDictionary<string, long> ErrorCodes { get; init; }

    public required long BytesIn { get; init; }

    public required long BytesOut { get; init; }

    /// <summary>From the intended send time to the end of the answer, in microseconds.</summary>
    public required LongHistogram ResponseTime { get; init; }

    /// <summary>From the actual send to the end of the answer, in microseconds.</summary>
    public required LongHistogram ServiceTime { get; init; }

    /// <summary>How late the dispatcher reached each start, in microseconds (open model only).</summary>
    public required LongHistogram SchedulerLag { get; init; }

    /// <summary>Requests that got no answer (timeouts, connection errors): from the intended send to the failure, in microseconds. Kept out of the latencies above.</summary>
    public LongHistogram FailedTime { get; init; } = Measurement.LatencyHistograms.Create();

    /// <summary>Seconds from the first start to the last answer.</summary>
    public required double Seconds { get; init; }

    public long Count(OutcomeKind kind) => Outcomes.TryGetValue(kind, out var n) ? n : 0;

    /// <summary>Requests that got an answer of any kind.</summary>
    public long Completed => Count(OutcomeKind.Accepted) + Count(OutcomeKind.ExpectedRejection) + Count(OutcomeKind.UnexpectedAnswer);

    /// <summary>sent = completed + timed out + connection errors + cancelled: no request leaks out of the books.</summary>
    public bool AccountingHolds =>
        Sent == Completed + Count(OutcomeKind.Timeout) + Count(OutcomeKind.ConnectionError) + Count(OutcomeKind.Cancelled)
        && Scheduled == Sent + Dropped;

    /// <summary>Answers per second over the measured time.</summary>
    public double CompletedPerSecond => Seconds > 0 ? Completed / Seconds : 0;

    /// <summary>Requests sent per second over the measured time.</summary>
    public double SentPerSecond => Seconds > 0 ? Sent / Seconds : 0;
}
