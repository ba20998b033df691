using Harness.Load.Engine;
using Harness.Load.Measurement;
using Harness.Load.Phases;
using Harness.Load.Scenarios;
using Harness.Load.Sharding;
using Microsoft.Extensions.Time.Testing;
using Harness.Load.Thresholds;

namespace Harness.Load.Tests.Engine;

/// <summary>
/// The running achieved_rate of abortOnFail, driven by hand: 200/s planned, one second in, the dispatcher
/// has reached only 50 starts. Whether that is the target's doing depends on what held the dispatcher.
/// </summary>
public sealed class ThresholdWatchTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new();
    private readonly RunMetrics _metrics;
    private readonly DispatchProgress _dispatch = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly ThresholdWatch _watch;

    public ThresholdWatchTests()
    {
        _metrics = new RunMetrics(_clock.TimestampFrequency);
        _watch = new ThresholdWatch([new Threshold("achieved_rate >= 90%", abortOnFail: true)], _clock, _stop,
            TimeSpan.FromMilliseconds(10), ShardSpec.Whole, _dispatch);
        var phase = new ConstantRatePhase { Rate = 200, Duration = TimeSpan.FromSeconds(10) };
        var start = _clock.GetTimestamp();
        _watch.BeginMeasured(start);
        _watch.PhaseStarted(phase, seed: 1, start, _metrics.Counts);
        _dispatch.Began(start);
    }

    [Fact]
    public void Check_DispatcherLateByItselfWithConnectionsFree_DoesNotChargeTheTarget()
    {
        // The dispatcher reached 50 starts and sent them at once; it was never held by the gate, so the
        // other 149 due are late by the generator's own doing (a cold or CPU-starved process): they will be
        // sent late, and the final achieved_rate counts them as sent.
        Reach(50, held: false);

        _watch.Check(_metrics, new MetricTotals());

        Assert.Null(_watch.Abort);
        Assert.False(_stop.IsCancellationRequested);
    }

    [Fact]
    public void Check_DispatcherHeldByTheGate_ChargesTheStartsBehindIt()
    {
        // Every connection busy: the dispatcher waits for a slot with 149 due starts behind it, the target's doing.
        Reach(50, held: true);

        _watch.Check(_metrics, new MetricTotals());

        var abort = Assert.IsType<Harness.Load.Records.ThresholdAbort>(_watch.Abort);
        // Due: the 199 starts at 0, 5, ... 990 ms (the 10 ms late bound leaves out the later ones).
        Assert.Equal(50 / 199.0, abort.Value, 3);
        Assert.True(_stop.IsCancellationRequested);
    }

    [Fact]
    public void Check_GateHeldEarlierThenDispatcherLateByItself_ChargesOnlyUpToTheRelease()
    {
        // Held until 0.5 s, released, then the process stalled on its own: 50 reached by 1.5 s.
        _clock.Advance(TimeSpan.FromMilliseconds(500));
        _dispatch.Released(_clock.GetTimestamp());
        Reach(50, held: false);

        _watch.Check(_metrics, new MetricTotals());

        var abort = Assert.IsType<Harness.Load.Records.ThresholdAbort>(_watch.Abort);
        // Charged: the 101 starts at 0, 5, ... 500 ms, intended before the release; not the 200 after it.
        Assert.Equal(50 / 101.0, abort.Value, 3);
    }

    [Fact]
    public void Check_BeforeTheDispatcherStartedThePhase_JudgesNothingDue()
    {
        var fresh = new DispatchProgress();
        var watch = new ThresholdWatch([new Threshold("achieved_rate >= 90%", abortOnFail: true)], _clock, _stop,
            TimeSpan.FromMilliseconds(10), ShardSpec.Whole, fresh);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var start = _clock.GetTimestamp();
        watch.BeginMeasured(start);
        watch.PhaseStarted(new ConstantRatePhase { Rate = 40, Duration = TimeSpan.FromSeconds(10) }, 1, start, _metrics.Counts);
        // A phase whose dispatcher has not started its clock yet (cold, starved) has nothing due, held or not.
        _clock.Advance(TimeSpan.FromMilliseconds(300));
        fresh.Holding();

        watch.Check(_metrics, new MetricTotals());

        Assert.Null(watch.Abort);
    }

    [Fact]
    public void Check_FewerStartsDueThanTheMinimum_JudgesTheRateOnlyOnceEnoughAreDue()
    {
        var watch = new ThresholdWatch([new Threshold("achieved_rate >= 90%", abortOnFail: true)], _clock, _stop,
            TimeSpan.FromMilliseconds(10), ShardSpec.Whole, _dispatch);
        var start = _clock.GetTimestamp();
        watch.BeginMeasured(start);
        watch.PhaseStarted(new ConstantRatePhase { Rate = 40, Duration = TimeSpan.FromSeconds(10) }, 1, start, _metrics.Counts);
        _dispatch.Began(start);
        // Held by the gate with 10 of 40 sent after 1 s: too few starts due to judge a rate on.
        Reach(10, held: true);
        watch.Check(_metrics, new MetricTotals());
        Assert.Null(watch.Abort);

        // Still held at 3 s: 120 due (0, 25, ... 2975 ms), 10 sent.
        _clock.Advance(TimeSpan.FromSeconds(2));
        watch.Check(_metrics, new MetricTotals());

        var abort = Assert.IsType<Harness.Load.Records.ThresholdAbort>(watch.Abort);
        Assert.Equal(10 / 120.0, abort.Value, 3);
        Assert.InRange(ThresholdWatch.MinDueStarts, 41, 120);
    }

    public void Dispose() => _stop.Dispose();

    private void Reach(int starts, bool held)
    {
        if (held)
        {
            _dispatch.Holding();
        }

        for (var i = 0; i < starts; i++)
        {
            _metrics.CountScheduled();
            _metrics.CountSent();
        }

        _clock.Advance(TimeSpan.FromSeconds(1));
    }
}
