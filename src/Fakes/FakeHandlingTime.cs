namespace Harness.Fakes;

/// <summary>
/// The receiver's own handling time (part of <c>/_fake/stats</c> as <c>handlingTime</c>): count,
/// percentiles in milliseconds, and the HDR histogram (microseconds, compressed, base64) that a
/// load run subtracts before from after to get the server time of its own requests.
/// </summary>
public sealed record FakeHandlingTime(long Count, double P50Ms, double P90Ms, double P99Ms, double MaxMs, string Hdr);
