using Harness.Load.Measurement;
using Harness.Load.Phases;
using Harness.Load.Results;
using Harness.Load.Sharding;

namespace Harness.Load.Engine;

/// <summary>Turns live counters and sampled histograms into the immutable result types.</summary>
internal static class ResultBuilder
{
    /// <summary>Achieved below this share of the scheduled rate flags the phase.</summary>
    private const double RateTolerance = 0.99;

    public static LoadTotals Totals(RunMetrics metrics, MetricTotals totals, double seconds) => new()
    {
        Scheduled = metrics.Scheduled,
        Sent = metrics.Sent,
        Dropped = metrics.Dropped,
        Late = metrics.Late,
        Outcomes = Enum.GetValues<OutcomeKind>().ToDictionary(k => k, metrics.Count),
        Statuses = metrics.StatusCounts(),
        ErrorCodes = metrics.ErrorCodeCounts(),
        BytesIn = metrics.BytesIn,
        BytesOut = metrics.BytesOut,
        ResponseTime = totals.Response,
        ServiceTime = totals.Service,
        SchedulerLag = totals.SchedulerLag,
        FailedTime = totals.Failed,
        Seconds = seconds,
    };

    public static PhaseResult Phase(Phase phase, PhaseCounts before, PhaseCounts after, TimeSpan actual, int seed, ShardSpec? shard = null, bool stoppedEarly = false, TimeSpan lateAfter = default)
    {
        shard ??= ShardSpec.Whole;
        var planned = phase.PlannedDuration ?? TimeSpan.Zero;
        long scheduled = after.Scheduled - before.Scheduled, sent = after.Sent - before.Sent;
        // The rate is judged over the longer of the planned and the actual time: a dispatcher that
        // fell behind stretches the phase, and that is a shortfall too. An iteration phase's duration
        // is only an upper bound (it ends when its count is sent), so its own time is the measure; so is
        // the time of a phase the run stopped early (Ctrl+C, abortOnFail), which never had its planned time.
        var ownTime = phase is IterationsPhase || (stoppedEarly && actual < planned);
        var span = ownTime ? actual.TotalSeconds : Math.Max(planned.TotalSeconds, actual.TotalSeconds);
        var achieved = span > 0 ? sent / span : 0;
        double? target = null;
        long? plannedArrivals = null;
        var below = false;
        if (phase is OpenPhase open && planned > TimeSpan.Zero)
        {
            target = open.PlannedArrivals / planned.TotalSeconds / shard.Count;
            // Compared with the arrivals the schedule itself drew (up to the stop, when stopped early: a start
            // is not due until the late bound has passed), so Poisson's natural spread is no shortfall, and
            // neither sends nor drops can hide one.
            var arrivals = new PlannedArrivals(open, seed, shard);
            plannedArrivals = ownTime ? arrivals.CountUntil((actual - lateAfter).TotalSeconds) : arrivals.Total();
            below = sent < plannedArrivals * RateTolerance;
        }

        return new PhaseResult(phase.DisplayName, phase.Kind, phase.IsWarmup, planned, actual, scheduled, sent,
            after.Dropped - before.Dropped, after.Late - before.Late, target, achieved, below) { PlannedArrivals = plannedArrivals };
    }

    public static LoadResult Unreachable(LoadPlan plan, string shownTarget, DateTimeOffset started, string problem, long frequency)
    {
        var empty = new MetricTotals();
        return new LoadResult
        {
            Name = plan.Name,
            Target = shownTarget,
            Transport = "none",
            StartedUtc = started,
            Partial = false,
            Unreachable = problem,
            Measured = Totals(new RunMetrics(frequency), empty, 0),
            Phases = [],
            Timeline = [],
            SelfCheck = SelfCheck.From(0, 0),
        };
    }
}
