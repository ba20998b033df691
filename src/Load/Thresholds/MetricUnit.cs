namespace Harness.Load.Thresholds;

/// <summary>The base unit a metric is compared and shown in (threshold limits are normalised to it).</summary>
internal enum MetricUnit
{
    /// <summary>A latency, read from an HDR histogram: written with a time unit, shown as <c>12.345 ms</c>.</summary>
    Milliseconds,

    /// <summary>A share from 0 to 1: written as a ratio or a percentage, shown as <c>0.12%</c>.</summary>
    Ratio,

    /// <summary>Requests per second: shown as <c>480.5/s</c>.</summary>
    PerSecond,

    /// <summary>A whole count, no unit.</summary>
    Count,
}
