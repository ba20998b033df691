using Harness.Load.Measurement;
using Harness.Load.Phases;
using Harness.Load.Records;
using Harness.Runs;
using HdrHistogram;

namespace Harness.Reports.Tests.Support;

/// <summary>A load run folder written by the load engine's own RunWriter from a result with known histograms and counts.</summary>
internal static class SyntheticRun
{
    /// <param name="latenciesMs">Response times recorded (service time is half of each).</param>
    public static string Write(string root, IEnumerable<double> latenciesMs, long unexpected = 0, long timeouts = 0, double targetPerSecond = 100,
                               bool partial = false, string name = "synthetic", ThresholdAbort? abortedBy = null, bool understated = false,
                               long? plannedArrivals = null, long dropped = 0, IReadOnlyList<string>? thresholds = null)
    {
        var response = new LongHistogram(1, 3_600_000_000, 3);
        var service = new LongHistogram(1, 3_600_000_000, 3);
        foreach (var ms in latenciesMs)
        {
            response.RecordValue((long)(ms * 1000));
            service.RecordValue((long)(ms * 500));
        }

        var accepted = response.TotalCount - unexpected;
        var sent = response.TotalCount + timeouts;
        var totals = new LoadTotals
        {
            Scheduled = sent + dropped,
            Sent = sent,
            Dropped = dropped,
            Late = 3,
            Outcomes = new Dictionary<OutcomeKind, long>
            {
                [OutcomeKind.Accepted] = accepted,
                [OutcomeKind.UnexpectedAnswer] = unexpected,
                [OutcomeKind.Timeout] = timeouts,
            },
            Statuses = new Dictionary<int, long> { [200] = accepted, [500] = unexpected },
            ErrorCodes = new Dictionary<string, long> { ["COC.00000000"] = accepted },
            BytesIn = 1000,
            BytesOut = 2000,
            ResponseTime = response,
            ServiceTime = service,
            SchedulerLag = new LongHistogram(1, 3_600_000_000, 3),
            Seconds = 10,
        };
        var timeline = Enumerable.Range(1, 10).Select(i => new TimelineRow(i, "main", false, sent / 10, sent / 10, 2, 0, 0, 0,
            5 + i, 10 + i, 20 + i, 30 + i, 8 + i, 12)).ToArray();
        var result = new LoadRunRecord
        {
            Name = name,
            Target = "http://127.0.0.1:1/v1/event/huawei/custom/abcd***",
            Transport = "raw-http1.1",
            StartedUtc = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
            Partial = partial,
            AbortedBy = abortedBy,
            Measured = totals,
            Phases = [new PhaseResult("main", PhaseKind.Open, false, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10), sent + dropped, sent, dropped, 3,
                targetPerSecond, sent / 10.0, sent < (sent + dropped) * PhaseResult.RateTolerance) { PlannedArrivals = plannedArrivals ?? (dropped > 0 ? sent + dropped : null) }],
            Thresholds = thresholds?.Select(t => new RecordedThreshold(t, t, false, 0)).ToArray(),
            Timeline = timeline,
            SelfCheck = SelfCheck.From(understated ? 0.5 : 0, 1),
            Reconciliation = new Reconciliation(accepted, accepted),
            EmbeddedTarget = true,
        };
        var folder = RunFolder.Create(root, "load", name, result.StartedUtc.AddSeconds(Interlocked.Increment(ref _counter)));
        LoadRunFiles.Write(folder, result);
        return folder.Path;
    }

    /// <summary>1..n milliseconds, one each: percentile p is about p% of n.</summary>
    public static IEnumerable<double> Ramp(int n) => Enumerable.Range(1, n).Select(i => (double)i);

    private static int _counter;
}
