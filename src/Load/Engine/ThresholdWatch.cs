using Harness.Load.Measurement;
using Harness.Load.Results;
using Harness.Load.Scenarios;
using Harness.Load.Workload;

namespace Harness.Load.Engine;

/// <summary>
/// abortOnFail during a run: after each measured interval, judges the plan's abortOnFail thresholds
/// over everything measured since the first measured phase began (the cumulative histograms, never
/// one interval's), each once its grace has passed. The first failure is kept and stops new sends;
/// requests in flight still end in the books.
/// </summary>
internal sealed class ThresholdWatch
{
    private readonly Threshold[] _watched;
    private readonly TimeProvider _clock;
    private readonly CancellationTokenSource _stop;
    private readonly Lock _phaseLock = new();
    private readonly long _lateAfterTicks;
    private readonly int _shardCount;
    private double _openPlannedDone, _openSentDone;
    private PhasePlan? _current;
    private long _currentStart, _currentSentBefore;
    private long? _measuredStart;
    private ThresholdAbort? _abort;

    public ThresholdWatch(IEnumerable<Threshold> thresholds, TimeProvider clock, CancellationTokenSource stop, TimeSpan lateAfter, int shardCount)
    {
        _lateAfterTicks = (long)(lateAfter.TotalSeconds * clock.TimestampFrequency);
        _shardCount = Math.Max(1, shardCount);
        _watched = [.. thresholds.Where(t => t.AbortOnFail)];
        _clock = clock;
        _stop = stop;
    }

    /// <summary>The failure that stopped the run, if one did.</summary>
    public ThresholdAbort? Abort => Volatile.Read(ref _abort);

    public bool IsActive => _watched.Length > 0;

    /// <summary>The measured phases began at this timestamp: grace periods count from here.</summary>
    public void BeginMeasured(long timestamp) => _measuredStart ??= timestamp;

    /// <summary>A measured phase begins (open phases count towards achieved_rate).</summary>
    public void PhaseStarted(PhasePlan phase, long timestamp, long sentBefore)
    {
        lock (_phaseLock)
        {
            (_current, _currentStart, _currentSentBefore) = (phase, timestamp, sentBefore);
        }
    }

    /// <summary>The current measured phase ended with <paramref name="sentAfter"/> sent in all.</summary>
    public void PhaseEnded(long sentAfter)
    {
        lock (_phaseLock)
        {
            if (_current is { Kind: PhaseKind.Open } phase)
            {
                _openPlannedDone += PlannedArrivals(phase.Segments, double.MaxValue) / _shardCount;
                _openSentDone += sentAfter - _currentSentBefore;
            }

            _current = null;
        }
    }

    /// <summary>Called by the sampler (under its lock) after a measured interval was added to the totals.</summary>
    public void Check(RunMetrics metrics, MetricTotals totals)
    {
        if (_watched.Length == 0 || _abort is not null || _measuredStart is not { } start)
        {
            return;
        }

        var elapsed = _clock.GetElapsedTime(start);
        ThresholdObservation? observation = null;
        foreach (var threshold in _watched)
        {
            if (elapsed < threshold.Grace)
            {
                continue;
            }

            observation ??= Observe(metrics, totals, elapsed);
            if (ThresholdEvaluation.Evaluate(threshold.Parsed, observation, out var passed) is { } value && passed == false)
            {
                Volatile.Write(ref _abort, new ThresholdAbort(threshold.Expression, value, ThresholdEvaluation.Format(threshold.Parsed.Metric, value),
                    Math.Round(elapsed.TotalSeconds, 3), threshold.Grace.TotalSeconds));
                // Cancelled off this thread: the sampler holds its lock, and the dispatchers wake on this token.
                _ = _stop.CancelAsync();
                return;
            }
        }
    }

    // As the gate's achieved_rate (sent over planned arrivals of the open phases), so far. A start is
    // not due until the plan's late bound has passed, and only whole arrivals count, so a dispatcher
    // that is on time reads 100% rather than a rounding shortfall.
    private double? AchievedSoFar(long sentNow)
    {
        lock (_phaseLock)
        {
            double planned = _openPlannedDone, sent = _openSentDone;
            if (_current is { Kind: PhaseKind.Open } phase)
            {
                var seconds = (_clock.GetTimestamp() - _currentStart - _lateAfterTicks) / (double)_clock.TimestampFrequency;
                planned += Math.Floor(PlannedArrivals(phase.Segments, Math.Max(0, seconds)) / _shardCount);
                sent += sentNow - _currentSentBefore;
            }

            return planned >= 1 ? Math.Min(sent, planned) / planned : null;
        }
    }

    // Arrivals a rate profile asks for in its first `seconds` (each segment's rate is linear in time).
    private static double PlannedArrivals(IReadOnlyList<RateSegment> segments, double seconds)
    {
        var total = 0.0;
        foreach (var s in segments)
        {
            var duration = s.Duration.TotalSeconds;
            var t = Math.Min(seconds, duration);
            if (t <= 0 || duration <= 0)
            {
                break;
            }

            total += (s.FromPerSecond * t) + ((s.ToPerSecond - s.FromPerSecond) * t * t / (2 * duration));
            seconds -= duration;
        }

        return total;
    }

    private ThresholdObservation Observe(RunMetrics metrics, MetricTotals totals, TimeSpan elapsed) => new()
    {
        ResponseTime = totals.Response,
        ServiceTime = totals.Service,
        Scheduled = metrics.Scheduled,
        Sent = metrics.Sent,
        Dropped = metrics.Dropped,
        Late = metrics.Late,
        Unexpected = metrics.Count(OutcomeKind.UnexpectedAnswer),
        Timeouts = metrics.Count(OutcomeKind.Timeout),
        ConnectionErrors = metrics.Count(OutcomeKind.ConnectionError),
        Cancelled = metrics.Count(OutcomeKind.Cancelled),
        CompletedPerSecond = elapsed > TimeSpan.Zero ? metrics.Completed / elapsed.TotalSeconds : 0,
        AchievedRatio = AchievedSoFar(metrics.Sent),
    };
}
