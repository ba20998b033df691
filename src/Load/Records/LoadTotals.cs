using System.Text.Json.Serialization;
using HdrHistogram;
using Harness.Load.Measurement;

namespace Harness.Load.Records;

/// <summary>The counts and latency histograms of the measured phases (or, apart, of the warm-up).</summary>
public sealed class LoadTotals
{
    private readonly long? _completedAsRead;

    /// <summary>Seconds from the first start to the last answer (written whole, so the rates read back are the ones written).</summary>
    public required double Seconds { get; init; }

    /// <summary>Open-model starts computed by the schedule (closed model: requests the users began).</summary>
    public required long Scheduled { get; init; }

    /// <summary>Requests handed to the transport.</summary>
    public required long Sent { get; init; }

    /// <summary>Requests that got an answer of any kind (a file's own figure is kept apart to be checked: <see cref="LoadTotalsCheck"/>).</summary>
    public long Completed
    {
        get => Count(OutcomeKind.Accepted) + Count(OutcomeKind.ExpectedRejection) + Count(OutcomeKind.UnexpectedAnswer);
        init => _completedAsRead = value;
    }

    /// <summary>Open-model starts never sent because the in-flight cap held them past the drop bound.</summary>
    public required long Dropped { get; init; }

    /// <summary>Open-model starts that went out later than the plan's late bound.</summary>
    public required long Late { get; init; }

    /// <summary>sent = completed + timed out + connection errors + cancelled, scheduled = sent + dropped: recomputed, never read.</summary>
    public bool AccountingHolds =>
        Sent == Completed + Count(OutcomeKind.Timeout) + Count(OutcomeKind.ConnectionError) + Count(OutcomeKind.Cancelled)
        && Scheduled == Sent + Dropped;

    /// <summary>Requests sent per second over the measured time.</summary>
    [JsonConverter(typeof(RoundedConverter))]
    public double SentPerSecond => Seconds > 0 ? Sent / Seconds : 0;

    /// <summary>Answers per second over the measured time.</summary>
    [JsonConverter(typeof(RoundedConverter))]
    public double CompletedPerSecond => Seconds > 0 ? Completed / Seconds : 0;

    public required long BytesIn { get; init; }

    public required long BytesOut { get; init; }

    [JsonConverter(typeof(OutcomeCountsConverter))]
    public required IReadOnlyDictionary<OutcomeKind, long> Outcomes { get; init; }

    /// <summary>Answers per HTTP status (-1: a status outside 100..599, written <c>other</c>).</summary>
    [JsonConverter(typeof(StatusCountsConverter))]
    public required IReadOnlyDictionary<int, long> Statuses { get; init; }

    /// <summary>Answers per envelope <c>error_code</c> ("(none)" when the body had none).</summary>
    public required IReadOnlyDictionary<string, long> ErrorCodes { get; init; }

    /// <summary>The latency histograms as run.json nests them.</summary>
    [JsonInclude]
    internal LatencySet Latency
    {
        get => new(ResponseTime, ServiceTime, SchedulerLag, FailedTime);
        init
        {
            if (value is not null)
            {
                (ResponseTime, ServiceTime, SchedulerLag, FailedTime) = (value.ResponseTime, value.ServiceTime, value.SchedulerLag, value.FailedTime);
            }
        }
    }

    /// <summary>From the intended send time to the end of the answer, in microseconds.</summary>
    [JsonIgnore]
    public HistogramBase ResponseTime { get; init; } = LatencyHistograms.Create();

    /// <summary>From the actual send to the end of the answer, in microseconds.</summary>
    [JsonIgnore]
    public HistogramBase ServiceTime { get; init; } = LatencyHistograms.Create();

    /// <summary>How late the dispatcher reached each start, in microseconds (open model only).</summary>
    [JsonIgnore]
    public HistogramBase SchedulerLag { get; init; } = LatencyHistograms.Create();

    /// <summary>Requests that got no answer (timeouts, connection errors): from the intended send to the failure, in microseconds. Kept out of the latencies above.</summary>
    [JsonIgnore]
    public HistogramBase FailedTime { get; init; } = LatencyHistograms.Create();

    /// <summary>The completed count a file stated, when it differs from the answered outcomes' sum (a tampered or corrupt file).</summary>
    [JsonIgnore]
    internal long? CompletedMismatch => _completedAsRead is { } read && read != Completed ? read : null;

    /// <summary>Answers that differed from the payload's expectation, plus requests that got no answer.</summary>
    [JsonIgnore]
    public long Errors => Count(OutcomeKind.UnexpectedAnswer) + Count(OutcomeKind.Timeout) + Count(OutcomeKind.ConnectionError);

    /// <summary>Errors over the requests that were sent and not cancelled by the harness itself: the one error_rate.</summary>
    [JsonIgnore]
    public double ErrorRate => Sent - Count(OutcomeKind.Cancelled) is var settled and > 0 ? (double)Errors / settled : 0;

    public long Count(OutcomeKind kind) => Outcomes.TryGetValue(kind, out var n) ? n : 0;
}
