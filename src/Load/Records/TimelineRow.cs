using Harness.Load.Phases;

namespace Harness.Load.Records;

/// <summary>
/// One interval (normally a second) of a run: counts are for the interval, in-flight is a gauge at
/// its end, latencies (milliseconds) are the response times completed within it.
/// </summary>
internal sealed record TimelineRow(
    double ElapsedSeconds,
    string Phase,
    bool Warmup,
    long Sent,
    long Completed,
    long InFlight,
    long Errors,
    long Dropped,
    long Late,
    double ResponseP50Ms,
    double ResponseP90Ms,
    double ResponseP99Ms,
    double ResponseMaxMs,
    double ServiceP99Ms,
    double CpuPercent);
