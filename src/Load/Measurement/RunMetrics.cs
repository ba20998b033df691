using System.Collections.Concurrent;
using HdrHistogram;
using Harness.Load.Payloads;
using Harness.Load.Transport;

namespace Harness.Load.Measurement;

/// <summary>
/// Everything measured for one part of a run (the measured phases, or the warm-up): counters updated
/// with interlocked operations from every request, and HDR recorders sampled once per interval.
/// </summary>
internal sealed class RunMetrics
{
    private readonly long[] _outcomes = new long[Enum.GetValues<OutcomeKind>().Length];
    private readonly long[] _statuses = new long[600];
    private readonly ConcurrentDictionary<string, long> _errorCodes = new(StringComparer.Ordinal);
    private readonly long _frequency;
    private long _scheduled, _sent, _dropped, _late, _inFlight, _bytesIn, _bytesOut, _otherStatuses;

    public RunMetrics(long timestampFrequency) => _frequency = timestampFrequency;

    public Recorder Response { get; } = LatencyHistograms.CreateRecorder();

    public Recorder Service { get; } = LatencyHistograms.CreateRecorder();

    /// <summary>Requests that got no answer (timeouts, connection errors): time from the intended send to the failure.</summary>
    public Recorder Failed { get; } = LatencyHistograms.CreateRecorder();

    /// <summary>How late the open-model dispatcher reached each start: the generator's own lag.</summary>
    public Recorder SchedulerLag { get; } = LatencyHistograms.CreateRecorder();

    public long Scheduled => Volatile.Read(ref _scheduled);

    public long Sent => Volatile.Read(ref _sent);

    public long Dropped => Volatile.Read(ref _dropped);

    public long Late => Volatile.Read(ref _late);

    public long InFlight => Volatile.Read(ref _inFlight);

    public long BytesIn => Volatile.Read(ref _bytesIn);

    public long BytesOut => Volatile.Read(ref _bytesOut);

    public long Count(OutcomeKind kind) => Volatile.Read(ref _outcomes[(int)kind]);

    /// <summary>Answers (of any kind), i.e. accepted + expected rejections + unexpected answers.</summary>
    public long Completed => Count(OutcomeKind.Accepted) + Count(OutcomeKind.ExpectedRejection) + Count(OutcomeKind.UnexpectedAnswer);

    /// <summary>Requests that failed without an answer, or got the wrong one.</summary>
    public long Errors => Count(OutcomeKind.UnexpectedAnswer) + Count(OutcomeKind.Timeout) + Count(OutcomeKind.ConnectionError);

    public long Finished => Completed + Count(OutcomeKind.Timeout) + Count(OutcomeKind.ConnectionError) + Count(OutcomeKind.Cancelled);

    public IReadOnlyDictionary<int, long> StatusCounts()
    {
        var counts = new SortedDictionary<int, long>();
        for (var status = 0; status < _statuses.Length; status++)
        {
            var n = Volatile.Read(ref _statuses[status]);
            if (n > 0)
            {
                counts[status] = n;
            }
        }

        if (Volatile.Read(ref _otherStatuses) is > 0 and var other)
        {
            counts[-1] = other;
        }

        return counts;
    }

    public IReadOnlyDictionary<string, long> ErrorCodeCounts() =>
        new SortedDictionary<string, long>(_errorCodes, StringComparer.Ordinal);

    public void CountScheduled() => Interlocked.Increment(ref _scheduled);

    public void CountDropped() => Interlocked.Increment(ref _dropped);

    /// <summary>Counts a start that went out more than <paramref name="lateAfterTicks"/> after its intended time.</summary>
    public void RecordStart(long lateByTicks, long lateAfterTicks)
    {
        if (lateByTicks > lateAfterTicks)
        {
            Interlocked.Increment(ref _late);
        }
    }

    public void CountSent()
    {
        Interlocked.Increment(ref _sent);
        Interlocked.Increment(ref _inFlight);
    }

    /// <summary>Books one finished request: its outcome, status, code, bytes and both latencies.</summary>
    public OutcomeKind Record(in TransportResponse response, PreparedRequest request, long intendedAt)
    {
        var kind = ResponseChecker.Classify(response, request);
        Interlocked.Increment(ref _outcomes[(int)kind]);
        Interlocked.Decrement(ref _inFlight);
        Interlocked.Add(ref _bytesIn, response.BytesIn);
        Interlocked.Add(ref _bytesOut, response.BytesOut);
        if (response.Failure == TransportFailure.None)
        {
            if ((uint)response.Status < (uint)_statuses.Length)
            {
                Interlocked.Increment(ref _statuses[response.Status]);
            }
            else
            {
                Interlocked.Increment(ref _otherStatuses);
            }

            _errorCodes.AddOrUpdate(response.ErrorCode ?? "(none)", 1, static (_, n) => n + 1);
        }

        // Latencies are the answers' only: a refused connection ends in microseconds and a timeout at the
        // bound, and either would drag the percentiles to a number the target never served. Failures keep
        // their own histogram; a cancelled request has none (the run, not the target, ended it).
        var end = response.CompletedAt;
        if (response.Failure == TransportFailure.None)
        {
            Response.RecordValue(LatencyHistograms.Clamp(LatencyHistograms.ToMicroseconds(end - intendedAt, _frequency)));
            Service.RecordValue(LatencyHistograms.Clamp(LatencyHistograms.ToMicroseconds(end - response.SentAt, _frequency)));
        }
        else if (kind != OutcomeKind.Cancelled)
        {
            Failed.RecordValue(LatencyHistograms.Clamp(LatencyHistograms.ToMicroseconds(end - intendedAt, _frequency)));
        }

        return kind;
    }
}
