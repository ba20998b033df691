using HdrHistogram;
using Harness.Load.Measurement;
using Harness.Load.Records;

namespace Harness.Load.Telemetry;

/// <summary>Builds the live page's state of one interval.</summary>
internal static class LiveStates
{
    public static LiveState From(TimelineRow row, double seconds, double? target, IReadOnlyList<PhaseSeries> phases, HistogramBase lag)
    {
        var outcomes = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var kind in Enum.GetValues<OutcomeKind>())
        {
            outcomes[OutcomeNames.Json(kind)] = phases.Where(p => !p.Warmup).Sum(p => p.Outcomes[(int)kind]);
        }

        var lagP99 = lag.TotalCount == 0 ? 0 : lag.GetValueAtPercentile(99) / 1000.0;
        var problems = new List<string>();
        if (row.CpuPercent >= IntervalSampler.SaturatedCpuShare * 100)
        {
            problems.Add($"this process used {row.CpuPercent:0}% of every core: the generator may be the bottleneck");
        }

        if (lagP99 > SelfCheck.LagBoundMs)
        {
            problems.Add($"the scheduler woke up late: p99 lag {lagP99:0.##} ms (bound {SelfCheck.LagBoundMs} ms)");
        }

        return new LiveState(row, target is { } t ? Math.Round(t, 3) : null,
            Math.Round(row.Sent / seconds, 3), Math.Round(row.Completed / seconds, 3), outcomes, Math.Round(lagP99, 3), problems);
    }
}
