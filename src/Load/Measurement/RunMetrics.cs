using System.Collections.Concurrent;
using HdrHistogram;
using Harness.Load.Payloads;
using Harness.Load.Transport;

namespace Harness.Load.Measurement;

/// <summary>
/// Everything measured for one part of a run (the measured phases, or the warm-up). Each thread that books
/// requests writes its own <see cref="MetricLane"/> (no counter or histogram shared between cores on the hot
/// path); the readers add the lanes up, the interval tick merges their histograms.
/// </summary>
internal sealed class RunMetrics
{
    [ThreadStatic] private static RunMetrics? t_owner;
    [ThreadStatic] private static MetricLane? t_lane;

    private readonly Lock _join = new();
    private readonly Dictionary<int, MetricLane> _byThread = [];
    // A code past a lane's few slots (a target answering many different codes) is counted here.
    private readonly ConcurrentDictionary<string, long> _moreCodes = new(StringComparer.Ordinal);
    private readonly long _frequency;
    private MetricLane[] _lanes = [];

    public RunMetrics(long timestampFrequency)
    {
        _frequency = timestampFrequency;
        Response = new MergedRecorder(static lane => lane.Response, Lanes);
        Service = new MergedRecorder(static lane => lane.Service, Lanes);
        Failed = new MergedRecorder(static lane => lane.Failed, Lanes);
    }

    public MergedRecorder Response { get; }

    public MergedRecorder Service { get; }

    /// <summary>Requests that got no answer (timeouts, connection errors): time from the intended send to the failure.</summary>
    public MergedRecorder Failed { get; }

    /// <summary>How late the open-model dispatcher reached each start: the generator's own lag (its one thread writes it).</summary>
    public Recorder SchedulerLag { get; } = LatencyHistograms.CreateRecorder();

    /// <summary>Every lane's request counters added up, each read whole.</summary>
    public RequestCounts Counts
    {
        get
        {
            var total = default(RequestCounts);
            foreach (var lane in Lanes())
            {
                total = total.Plus(RequestCounts.ReadVolatile(ref lane.Counts));
            }

            return total;
        }
    }

    public long Scheduled => Sum(static lane => Volatile.Read(ref lane.Counts.Scheduled));

    public long Sent => Sum(static lane => Volatile.Read(ref lane.Counts.Sent));

    public long Dropped => Sum(static lane => Volatile.Read(ref lane.Counts.Dropped));

    public long Late => Sum(static lane => Volatile.Read(ref lane.Counts.Late));

    /// <summary>Sent and not finished yet (read lane by lane while requests move: never below zero).</summary>
    public long InFlight => Math.Max(0, Sent - Finished);

    public long BytesIn => Sum(static lane => Volatile.Read(ref lane.Counts.BytesIn));

    public long BytesOut => Sum(static lane => Volatile.Read(ref lane.Counts.BytesOut));

    public long Count(OutcomeKind kind) => Sum(lane => lane.Outcome(kind));

    /// <summary>Answers (of any kind), i.e. accepted + expected rejections + unexpected answers.</summary>
    public long Completed => Count(OutcomeKind.Accepted) + Count(OutcomeKind.ExpectedRejection) + Count(OutcomeKind.UnexpectedAnswer);

    /// <summary>Requests that failed without an answer, or got the wrong one.</summary>
    public long Errors => Count(OutcomeKind.UnexpectedAnswer) + Count(OutcomeKind.Timeout) + Count(OutcomeKind.ConnectionError);

    public long Finished => Completed + Count(OutcomeKind.Timeout) + Count(OutcomeKind.ConnectionError) + Count(OutcomeKind.Cancelled);

    public IReadOnlyDictionary<int, long> StatusCounts()
    {
        var counts = new SortedDictionary<int, long>();
        for (var status = 0; status < MetricLane.StatusSlots; status++)
        {
            var n = Sum(lane => lane.Status(status));
            if (n > 0)
            {
                counts[status] = n;
            }
        }

        if (Sum(static lane => Volatile.Read(ref lane.OtherStatuses)) is > 0 and var other)
        {
            counts[-1] = other;
        }

        return counts;
    }

    public IReadOnlyDictionary<string, long> ErrorCodeCounts()
    {
        var counts = new SortedDictionary<string, long>(_moreCodes, StringComparer.Ordinal);
        foreach (var lane in Lanes())
        {
            lane.Codes.AddTo(counts);
        }

        return counts;
    }

    public void CountScheduled() => MetricLane.Bump(ref Lane.Counts.Scheduled);

    public void CountDropped() => MetricLane.Bump(ref Lane.Counts.Dropped);

    /// <summary>Counts a start that went out more than <paramref name="lateAfterTicks"/> after its intended time.</summary>
    public void RecordStart(long lateByTicks, long lateAfterTicks)
    {
        if (lateByTicks > lateAfterTicks)
        {
            MetricLane.Bump(ref Lane.Counts.Late);
        }
    }

    public void CountSent() => MetricLane.Bump(ref Lane.Counts.Sent);

    /// <summary>Counts a request sent the moment its time came (a closed-loop user on a connection of its own): scheduled and sent at once.</summary>
    public void CountSentAtOnce()
    {
        var lane = Lane;
        // Scheduled first: a reader never sees more sent than scheduled.
        MetricLane.Bump(ref lane.Counts.Scheduled);
        MetricLane.Bump(ref lane.Counts.Sent);
    }

    /// <summary>Books one finished request: its outcome, status, code, bytes and both latencies.</summary>
    public OutcomeKind Record(in TransportResponse response, PreparedRequest request, long intendedAt)
    {
        var lane = Lane;
        var kind = ResponseChecker.Classify(response, request);
        MetricLane.Add(ref lane.Counts.BytesIn, response.BytesIn);
        MetricLane.Add(ref lane.Counts.BytesOut, response.BytesOut);
        if (response.Failure == TransportFailure.None)
        {
            lane.CountStatus(response.Status);
            var code = response.ErrorCode ?? "(none)";
            if (!lane.Codes.TryCount(code))
            {
                _moreCodes.AddOrUpdate(code, 1, static (_, n) => n + 1);
            }
        }

        // Latencies are the answers' only: a refused connection ends in microseconds and a timeout at the
        // bound, and either would drag the percentiles to a number the target never served. Failures keep
        // their own histogram; a cancelled request has none (the run, not the target, ended it).
        var end = response.CompletedAt;
        if (response.Failure == TransportFailure.None)
        {
            lane.Response.RecordValue(LatencyHistograms.Clamp(LatencyHistograms.ToMicroseconds(end - intendedAt, _frequency)));
            lane.Service.RecordValue(LatencyHistograms.Clamp(LatencyHistograms.ToMicroseconds(end - response.SentAt, _frequency)));
        }
        else if (kind != OutcomeKind.Cancelled)
        {
            lane.Failed.RecordValue(LatencyHistograms.Clamp(LatencyHistograms.ToMicroseconds(end - intendedAt, _frequency)));
        }

        // The outcome last: a reader that sees it finished also sees its latency and bytes.
        lane.CountOutcome(kind);
        return kind;
    }

    private MetricLane Lane => ReferenceEquals(t_owner, this) ? t_lane! : Join();

    private MetricLane[] Lanes() => Volatile.Read(ref _lanes);

    // The first request this thread books here (or the first since it booked into another part of the run).
    private MetricLane Join()
    {
        MetricLane? lane;
        lock (_join)
        {
            if (!_byThread.TryGetValue(Environment.CurrentManagedThreadId, out lane))
            {
                lane = new MetricLane();
                _byThread[Environment.CurrentManagedThreadId] = lane;
                Volatile.Write(ref _lanes, [.. _lanes, lane]);
            }
        }

        t_owner = this;
        t_lane = lane;
        return lane;
    }

    private long Sum(Func<MetricLane, long> read)
    {
        long sum = 0;
        foreach (var lane in Lanes())
        {
            sum += read(lane);
        }

        return sum;
    }
}
