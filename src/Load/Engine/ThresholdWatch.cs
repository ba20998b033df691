using Harness.Load.Measurement;
using Harness.Load.Thresholds;
using Harness.Load.Phases;
using Harness.Load.Records;
using Harness.Load.Scenarios;
using Harness.Load.Sharding;

namespace Harness.Load.Engine;

/// <summary>
/// abortOnFail during a run: after each measured interval, judges the plan's abortOnFail thresholds
/// over everything measured since the first measured phase began (the cumulative histograms, never
/// one interval's), each once its grace has passed. The first failure is kept and stops new sends;
/// requests in flight still end in the books.
/// </summary>
internal sealed class ThresholdWatch
{
    /// <summary>Starts that must be due before a running achieved_rate is judged (the threshold's grace applies too).</summary>
    public const int MinDueStarts = 100;

    private readonly Threshold[] _watched;
    private readonly TimeProvider _clock;
    private readonly CancellationTokenSource _stop;
    private readonly Lock _phaseLock = new();
    private readonly long _lateAfterTicks;
    private readonly ShardSpec _shard;
    private readonly DispatchProgress _dispatch;
    private long _openPlannedDone, _openSentDone;
    private Phase? _current;
    private PlannedArrivals? _currentArrivals;
    private long _currentStart;
    private RequestCounts _currentBefore;
    private double _chargedUntil;
    private long? _measuredStart;
    private ThresholdAbort? _abort;

    public ThresholdWatch(IEnumerable<Threshold> thresholds, TimeProvider clock, CancellationTokenSource stop, TimeSpan lateAfter, ShardSpec shard, DispatchProgress dispatch)
    {
        _dispatch = dispatch;
        _lateAfterTicks = (long)(lateAfter.TotalSeconds * clock.TimestampFrequency);
        _shard = shard;
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
    /// <param name="phase">The phase.</param>
    /// <param name="seed">Its schedule's seed (Poisson arrivals).</param>
    /// <param name="timestamp">When it began.</param>
    /// <param name="before">The measured counters when the phase began.</param>
    public void PhaseStarted(Phase phase, int seed, long timestamp, RequestCounts before)
    {
        lock (_phaseLock)
        {
            (_current, _currentStart, _currentBefore, _chargedUntil) = (phase, timestamp, before, double.NegativeInfinity);
            _currentArrivals = phase is OpenPhase open ? new PlannedArrivals(open, seed, _shard) : null;
        }
    }

    /// <summary>The current measured phase ended as <paramref name="result"/> says.</summary>
    public void PhaseEnded(PhaseResult result)
    {
        lock (_phaseLock)
        {
            if (result.PlannedArrivals is { } planned)
            {
                _openPlannedDone += planned;
                _openSentDone += result.Sent;
            }

            _current = null;
            _currentArrivals = null;
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
        LoadTotals? soFar = null;
        double? achieved = null;
        foreach (var threshold in _watched)
        {
            if (elapsed < threshold.Grace)
            {
                continue;
            }

            if (soFar is null)
            {
                // What the gate will read from the record, over what was measured so far.
                soFar = ResultBuilder.Totals(metrics, totals, elapsed.TotalSeconds);
                achieved = AchievedSoFar(metrics.Counts);
            }

            var metric = threshold.Parsed.Metric;
            if (MetricTable.Value(metric, soFar, achieved) is { } value && !threshold.Parsed.IsSatisfiedBy(value))
            {
                Volatile.Write(ref _abort, new ThresholdAbort(threshold.Expression, value, metric.Definition.Format(value),
                    Math.Round(elapsed.TotalSeconds, 3), threshold.Grace.TotalSeconds));
                // Cancelled off this thread: the sampler holds its lock, and the dispatchers wake on this token.
                _ = _stop.CancelAsync();
                return;
            }
        }
    }

    // As the gate's achieved_rate (sent over the arrivals the schedule drew in the open phases), so far.
    // In the current phase a start the dispatcher has reached counts as sent unless it was dropped (one still
    // waiting for a connection is not judged until it is sent or dropped). A start it has not reached is charged
    // only when it is past the plan's late bound and the gate held the dispatcher (every connection busy) at its
    // intended time or later: the target's doing. One the dispatcher is late for by itself (a timer firing
    // late, a process starved of CPU or still cold) is sent late, not lost, and the final achieved_rate counts it
    // as sent; the self-check reports that lag. Charging it made a healthy run abort on a cold, busy machine.
    private double? AchievedSoFar(RequestCounts now)
    {
        lock (_phaseLock)
        {
            double planned = _openPlannedDone, sent = _openSentDone;
            if (_current is OpenPhase && _currentArrivals is { } arrivals)
            {
                var at = _clock.GetTimestamp();
                // Before the dispatcher started this phase's clock (PhaseStart still an earlier phase's), nothing is due.
                if (_dispatch.PhaseStart is var origin && origin >= _currentStart
                    && _dispatch.HeldUntil(at) is var held && held != long.MinValue)
                {
                    // Moments only move forward: a start charged once stays due.
                    var horizon = Math.Min(at - _lateAfterTicks, held);
                    _chargedUntil = Math.Max(_chargedUntil, (horizon - origin) / (double)_clock.TimestampFrequency);
                }

                var reached = now.Scheduled - _currentBefore.Scheduled;
                planned += Math.Max(reached, arrivals.CountUntil(_chargedUntil));
                sent += reached - (now.Dropped - _currentBefore.Dropped);
            }

            // While a phase runs, a rate on few starts says little (one start late is 3% of 40): it is judged once
            // MinDueStarts are due, when one start is at most 1% of it. Once the open phases have ended it is exact.
            var least = _current is OpenPhase ? MinDueStarts : 1;
            return planned >= least ? Math.Min(sent, planned) / planned : null;
        }
    }
}
