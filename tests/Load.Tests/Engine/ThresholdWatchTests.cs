using Harness.Load.Engine;
using Harness.Load.Measurement;
using Harness.Load.Phases;
using Harness.Load.Scenarios;
using Harness.Load.Sharding;
using Microsoft.Extensions.Time.Testing;

namespace Harness.Load.Tests.Engine;

/// <summary>
/// The running achieved_rate of abortOnFail, driven by hand: 40/s planned, one second in, the dispatcher
/// has reached only 10 starts. Whether that is the target's doing depends on what held the dispatcher.
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
        var phase = new ConstantRatePhase { Rate = 40, Duration = TimeSpan.FromSeconds(10) };
        var start = _clock.GetTimestamp();
        _watch.BeginMeasured(start);
        _watch.PhaseStarted(phase, seed: 1, start, PhaseCounts.Of(_metrics));
        _dispatch.Began(start);
    }

    [Fact]
    public void Check_DispatcherLateByItselfWithConnectionsFree_DoesNotChargeTheTarget()
    {
        // The dispatcher reached 10 starts and sent them at once; it was never held by the gate, so the
        // other 30 due are late by the generator's own doing (a cold or CPU-starved process): they will be
        // sent late, and the final achieved_rate counts them as sent.
        Reach(10, held: false);

        _watch.Check(_metrics, new MetricTotals());

        Assert.Null(_watch.Abort);
        Assert.False(_stop.IsCancellationRequested);
    }

    [Fact]
    public void Check_DispatcherHeldByTheGate_ChargesTheStartsBehindIt()
    {
        // Every connection busy: the dispatcher waits for a slot with 30 due starts behind it, the target's doing.
        Reach(10, held: true);

        _watch.Check(_metrics, new MetricTotals());

        var abort = Assert.IsType<Harness.Load.Records.ThresholdAbort>(_watch.Abort);
        // Due: the starts at 0, 25, ... 975 ms (the 10 ms late bound leaves out the one at 1 s).
        Assert.Equal(10 / 40.0, abort.Value, 3);
        Assert.True(_stop.IsCancellationRequested);
    }

    [Fact]
    public void Check_GateHeldEarlierThenDispatcherLateByItself_ChargesOnlyUpToTheRelease()
    {
        // Held until 0.5 s, released, then the process stalled on its own: 10 reached by 1.5 s.
        _clock.Advance(TimeSpan.FromMilliseconds(500));
        _dispatch.Released(_clock.GetTimestamp());
        Reach(10, held: false);

        _watch.Check(_metrics, new MetricTotals());

        var abort = Assert.IsType<Harness.Load.Records.ThresholdAbort>(_watch.Abort);
        // Charged: the 21 starts at 0, 25, ... 500 ms, intended before the release; not the 40 after it.
        Assert.Equal(10 / 21.0, abort.Value, 3);
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
        watch.PhaseStarted(new ConstantRatePhase { Rate = 40, Duration = TimeSpan.FromSeconds(10) }, 1, start, PhaseCounts.Of(_metrics));
        // A phase whose dispatcher has not started its clock yet (cold, starved) has nothing due, held or not.
        _clock.Advance(TimeSpan.FromMilliseconds(300));
        fresh.Holding();

        watch.Check(_metrics, new MetricTotals());

        Assert.Null(watch.Abort);
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
