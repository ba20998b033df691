namespace Harness.Load.Thresholds;

/// <summary>Which latency a latency threshold reads.</summary>
internal enum LatencyMeasure
{
    /// <summary>From the intended send time to the answer (includes queueing; the honest figure). Default.</summary>
    Response,

    /// <summary>From the actual send to the answer. Prefix <c>service.</c>, e.g. <c>service.p99</c>.</summary>
    Service,
}
