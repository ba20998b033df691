namespace Harness.Load.Thresholds;

/// <summary>Unit written after a threshold's number.</summary>
internal enum ThresholdUnit
{
    /// <summary>No unit: a ratio (rates), a count, or requests per second.</summary>
    None,

    /// <summary><c>us</c></summary>
    Microseconds,

    /// <summary><c>ms</c></summary>
    Milliseconds,

    /// <summary><c>s</c></summary>
    Seconds,

    /// <summary><c>m</c></summary>
    Minutes,

    /// <summary><c>%</c></summary>
    Percent,

    /// <summary><c>/s</c></summary>
    PerSecond,
}
