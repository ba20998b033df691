namespace Harness.Load.Thresholds;

/// <summary>What a threshold measures.</summary>
internal enum ThresholdMetricKind
{
    /// <summary><c>p99</c>, <c>p99.9</c>, <c>p(95)</c>: a latency percentile, in milliseconds.</summary>
    Percentile,

    /// <summary><c>mean</c> (or <c>avg</c>): mean latency, in milliseconds.</summary>
    Mean,

    /// <summary><c>min</c>: lowest latency, in milliseconds.</summary>
    Min,

    /// <summary><c>max</c>: highest latency, in milliseconds.</summary>
    Max,

    /// <summary><c>error_rate</c>: share of requests whose outcome differs from the payload's expectation (ratio 0..1).</summary>
    ErrorRate,

    /// <summary><c>achieved_rate</c>: achieved arrival rate over the planned one (ratio).</summary>
    AchievedRate,

    /// <summary><c>late_rate</c>: share of open-model starts that left later than planned (ratio 0..1).</summary>
    LateRate,

    /// <summary><c>rps</c>: completed requests per second.</summary>
    Throughput,

    /// <summary><c>dropped</c>: open-model starts dropped because the in-flight cap was reached (count).</summary>
    Dropped,

    /// <summary><c>timeouts</c>: requests that timed out (count).</summary>
    Timeouts,

    /// <summary><c>unexpected</c>: answers that differed from the payload's expected outcome (count).</summary>
    Unexpected,
}
