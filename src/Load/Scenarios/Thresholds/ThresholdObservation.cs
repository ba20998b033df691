using HdrHistogram;

namespace Harness.Load.Scenarios;

/// <summary>
/// What a threshold is judged on: the measured phases' histograms and counts. The gate builds one
/// from a finished run's run.json, the engine from its cumulative totals while it runs, and both
/// hand it to <see cref="ThresholdEvaluation"/>, so a threshold means the same thing in both places.
/// </summary>
public sealed record ThresholdObservation
{
    /// <summary>Response time (from the intended send), microseconds.</summary>
    public required HistogramBase ResponseTime { get; init; }

    /// <summary>Service time (from the actual send), microseconds.</summary>
    public required HistogramBase ServiceTime { get; init; }

    public long Scheduled { get; init; }

    public long Sent { get; init; }

    public long Dropped { get; init; }

    public long Late { get; init; }

    /// <summary>Answers that differed from the payload's expectation.</summary>
    public long Unexpected { get; init; }

    public long Timeouts { get; init; }

    public long ConnectionErrors { get; init; }

    /// <summary>Requests the harness itself cancelled (Ctrl+C): neither errors nor successes.</summary>
    public long Cancelled { get; init; }

    /// <summary>Answers per second over the measured time.</summary>
    public double CompletedPerSecond { get; init; }

    /// <summary>Achieved arrivals over planned ones (open phases), or null when there is no target rate to compare with.</summary>
    public double? AchievedRatio { get; init; }

    public HistogramBase Latency(LatencyMeasure measure) => measure == LatencyMeasure.Service ? ServiceTime : ResponseTime;
}
