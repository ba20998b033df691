using System.Globalization;
using Harness.Load.Measurement;
using Harness.Load.Phases;
using Harness.Load.Records;
using Harness.Telemetry;

namespace Harness.Load.Telemetry;

/// <summary>
/// A run's state in the Prometheus text format. Counters per phase (with a <c>warmup</c> label, so
/// the measured part sums apart), latency histograms in seconds, gauges of the last interval.
/// </summary>
internal static class LoadMetricsText
{
    public static string Write(IReadOnlyList<KeyValuePair<string, string>> labels, IReadOnlyList<PhaseSeries> phases, LiveState? latest, bool running)
    {
        var text = new PrometheusText(labels);
        Counter(text, phases, "harness_load_requests_total", "Finished requests by outcome (sent = the sum once nothing is in flight).", static (text, name, s, phase) =>
        {
            foreach (var kind in Enum.GetValues<OutcomeKind>())
            {
                text.Sample(name, s.Outcomes[(int)kind], [.. phase, new("outcome", OutcomeNames.Json(kind))]);
            }
        });
        Counter(text, phases, "harness_load_responses_total", "Answers by HTTP status.", static (text, name, s, phase) =>
        {
            foreach (var (status, count) in s.Statuses)
            {
                text.Sample(name, count, [.. phase, new("status", status < 0 ? "other" : status.ToString(CultureInfo.InvariantCulture))]);
            }
        });
        Counter(text, phases, "harness_load_scheduled_total", "Starts the schedule called for (open model) or users began (closed).", static (t, n, s, p) => t.Sample(n, s.Counts.Scheduled, p));
        Counter(text, phases, "harness_load_sent_total", "Requests handed to the transport.", static (t, n, s, p) => t.Sample(n, s.Counts.Sent, p));
        Counter(text, phases, "harness_load_late_total", "Open-model starts that went out after the late bound.", static (t, n, s, p) => t.Sample(n, s.Counts.Late, p));
        Counter(text, phases, "harness_load_dropped_total", "Open-model starts never sent: the in-flight cap held them past the drop bound.", static (t, n, s, p) => t.Sample(n, s.Counts.Dropped, p));
        Counter(text, phases, "harness_load_bytes_total", "Bytes sent (out) and received (in).", static (t, n, s, p) =>
        {
            t.Sample(n, s.Counts.BytesOut, [.. p, new("direction", "out")]);
            t.Sample(n, s.Counts.BytesIn, [.. p, new("direction", "in")]);
        });
        Histogram(text, phases, "harness_load_response_time_seconds", "From the intended send time to the end of the answer (no coordinated omission).", s => s.Response);
        Histogram(text, phases, "harness_load_service_time_seconds", "From the actual send to the end of the answer.", s => s.Service);
        Histogram(text, phases, "harness_load_scheduler_lag_seconds", "How late the open-model dispatcher woke up: the generator's own lag.", s => s.SchedulerLag);
        text.Family("harness_load_running", "gauge", "1 while the run sends, 0 once its counts are final.");
        text.Sample("harness_load_running", running ? 1 : 0);
        // Gauges of the last interval: the families are always there, their samples from the first interval on.
        KeyValuePair<string, string>[] phase = [new("phase", latest?.Interval.Phase ?? "")];
        Gauge(text, "harness_load_in_flight", "Requests in flight at the last interval's end.", latest?.Interval.InFlight, phase);
        Gauge(text, "harness_load_target_rate", "The open phase's planned rate for this agent, per second (0 for closed phases).", latest is null ? null : latest.TargetPerSecond ?? 0, phase);
        Gauge(text, "harness_load_cpu_ratio", "Share of every core this process used in the last interval (0.9 and more: the generator is the bottleneck).", latest?.Interval.CpuPercent / 100, phase);
        return text.ToString();
    }

    private static void Gauge(PrometheusText text, string name, string help, double? value, KeyValuePair<string, string>[] labels)
    {
        text.Family(name, "gauge", help);
        if (value is { } v)
        {
            text.Sample(name, v, labels);
        }
    }

    private static void Counter(PrometheusText text, IReadOnlyList<PhaseSeries> phases, string name, string help,
        Action<PrometheusText, string, PhaseSeries, KeyValuePair<string, string>[]> write)
    {
        text.Family(name, "counter", help);
        foreach (var series in phases)
        {
            write(text, name, series, PhaseLabels(series));
        }
    }

    private static void Histogram(PrometheusText text, IReadOnlyList<PhaseSeries> phases, string name, string help, Func<PhaseSeries, BucketCounts> counts)
    {
        text.Family(name, "histogram", help);
        foreach (var series in phases)
        {
            text.Histogram(name, counts(series), PhaseLabels(series));
        }
    }

    private static KeyValuePair<string, string>[] PhaseLabels(PhaseSeries series) =>
        [new("phase", series.Name), new("warmup", series.Warmup ? "true" : "false")];
}
