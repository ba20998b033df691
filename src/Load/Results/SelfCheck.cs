namespace Harness.Load.Results;

/// <summary>
/// Whether the load generator itself was the bottleneck. When it was, the run's numbers understate
/// what the target can do, and every output says so.
/// </summary>
public sealed record SelfCheck(bool Understated, double CpuSaturatedShare, double SchedulerLagP99Ms, IReadOnlyList<string> Reasons)
{
    /// <summary>Wake-up lag (p99) beyond which the schedule was not kept.</summary>
    public const double LagBoundMs = 20;

    /// <summary>Share of intervals with every core busy beyond which the generator was saturated.</summary>
    public const double SaturatedShareBound = 0.25;

    public static SelfCheck From(double cpuSaturatedShare, double lagP99Ms)
    {
        var reasons = new List<string>();
        if (cpuSaturatedShare >= SaturatedShareBound)
        {
            reasons.Add($"this process used over 90% of every core in {cpuSaturatedShare:P0} of the intervals");
        }

        if (lagP99Ms > LagBoundMs)
        {
            reasons.Add($"the scheduler woke up late: p99 lag {lagP99Ms:0.##} ms (bound {LagBoundMs} ms)");
        }

        return new SelfCheck(reasons.Count > 0, cpuSaturatedShare, lagP99Ms, reasons);
    }
}
