using System.Globalization;
using Harness.Telemetry;

namespace Harness.Fakes.Telemetry;

/// <summary>
/// <c>GET /_fake/metrics</c>: the receiver's counters and its handling-time histogram in the
/// Prometheus text format, read from the same state as <c>/_fake/stats</c> (so the two agree).
/// </summary>
internal static class FakeMetricsText
{
    public static string Write(FakeStats stats, FakeTelemetry telemetry)
    {
        var text = new PrometheusText();
        text.Family("harness_fake_requests_total", "counter", "API answers by HTTP status.");
        foreach (var (status, count) in stats.ByStatus)
        {
            text.Sample("harness_fake_requests_total", count, KeyValuePair.Create("status", status.ToString(CultureInfo.InvariantCulture)));
        }

        text.Family("harness_fake_accepted_total", "counter", "Alarms accepted (200).");
        text.Sample("harness_fake_accepted_total", stats.Accepted);
        text.Family("harness_fake_rejected_total", "counter", "API answers other than 200.");
        text.Sample("harness_fake_rejected_total", stats.Rejected);
        text.Family("harness_fake_rejections_total", "counter", "Rejections by reason; a 400 with several violations counts each.");
        foreach (var (reason, count) in stats.ByReason)
        {
            text.Sample("harness_fake_rejections_total", count, KeyValuePair.Create("reason", reason));
        }

        text.Family("harness_fake_alarms_active", "gauge", "Alarms raised and not yet cleared (the store's size).");
        text.Sample("harness_fake_alarms_active", stats.Alarms.Active);
        text.Family("harness_fake_alarms_raised_total", "counter", "Alarms raised.");
        text.Sample("harness_fake_alarms_raised_total", stats.Alarms.Raised);
        text.Family("harness_fake_alarms_cleared_total", "counter", "Alarms cleared by a recovery.");
        text.Sample("harness_fake_alarms_cleared_total", stats.Alarms.Cleared);
        var buckets = new BucketCounts(LatencyBuckets.Default);
        telemetry.AddHandlingTimeTo(buckets);
        text.Family("harness_fake_handling_time_seconds", "histogram", "Time the receiver took to answer an API request, injected latency included.");
        text.Histogram("harness_fake_handling_time_seconds", buckets);
        return text.ToString();
    }
}
