using Harness.Load.Measurement;
using Harness.Load.Phases;
using Harness.Load.Records;
using Harness.Load.Sharding;

namespace Harness.Load.Engine;

/// <summary>Turns live counters and sampled histograms into the immutable result types.</summary>
internal static class ResultBuilder
{
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

    public static PhaseResult Phase(Phase phase, RequestCounts before, RequestCounts after, TimeSpan actual, int seed, ShardSpec? shard = null, bool stoppedEarly = false, TimeSpan lateAfter = default)
    {
        shard ??= ShardSpec.Whole;
        var planned = phase.PlannedDuration ?? TimeSpan.Zero;
        long scheduled = after.Scheduled - before.Scheduled, sent = after.Sent - before.Sent;
        var ownTime = PhaseResult.OwnTime(phase.Kind, planned, actual, stoppedEarly);
        double? target = null;
        long? plannedArrivals = null;
        if (phase is OpenPhase open && planned > TimeSpan.Zero)
        {
            target = open.PlannedArrivals / planned.TotalSeconds / shard.Count;
            // The arrivals the schedule itself drew, up to the stop when stopped early (a start is not due until the late bound has passed).
            var arrivals = new PlannedArrivals(open, seed, shard);
            plannedArrivals = ownTime ? arrivals.CountUntil((actual - lateAfter).TotalSeconds) : arrivals.Total();
        }

        var (achieved, below) = PhaseResult.JudgeRate(phase.Kind, planned, actual, scheduled, sent, plannedArrivals, target is not null, stoppedEarly);
        return new PhaseResult(phase.DisplayName, phase.Kind, phase.IsWarmup, planned, actual, scheduled, sent,
            after.Dropped - before.Dropped, after.Late - before.Late, target, achieved, below) { PlannedArrivals = plannedArrivals };
    }

    public static LoadRunRecord Unreachable(LoadPlan plan, string shownTarget, DateTimeOffset started, string problem, long frequency)
    {
        var empty = new MetricTotals();
        return new LoadRunRecord
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
