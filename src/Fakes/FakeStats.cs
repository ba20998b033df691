namespace Harness.Fakes;

/// <summary>
/// What the receiver answered since it started or was last reset: the same data as
/// <c>GET /_fake/stats</c>. <see cref="Accepted"/> counts every 200 of the API route, so a load
/// run can reconcile its own counts with it exactly.
/// </summary>
/// <param name="Accepted">200 answers.</param>
/// <param name="Rejected">Every other answer outside <c>/_fake/</c> (400, 401, 404, 405, 413, 429, 500).</param>
/// <param name="ByStatus">Answers per HTTP status, every status of the contract present (zero or not).</param>
/// <param name="ByReason">
/// Rejections per reason with a count above zero: <c>auth.keyUnknown</c>, <c>throttled</c>,
/// <c>body.MalformedJson</c>, <c>alarmName.Size</c>... A 400 with several violations counts
/// each, so the sum may exceed <see cref="Rejected"/>.
/// </param>
/// <param name="Keys">Per configured key (shown redacted), in configuration order.</param>
/// <param name="Alarms">The alarm store's lifecycle counts.</param>
/// <param name="HandlingTime">The receiver's own time per API answer (null only from older receivers).</param>
public sealed record FakeStats(
    long Accepted,
    long Rejected,
    IReadOnlyDictionary<int, long> ByStatus,
    IReadOnlyDictionary<string, long> ByReason,
    IReadOnlyList<FakeKeyStats> Keys,
    FakeAlarmCounts Alarms,
    FakeHandlingTime? HandlingTime = null);
