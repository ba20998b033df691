using System.Diagnostics.Metrics;
using System.Diagnostics;
using Harness.Load.Measurement;
using Harness.Load.Phases;
using Harness.Load.Records;
using Harness.Telemetry;
using HdrHistogram;

namespace Harness.Load.Telemetry;

/// <summary>
/// The <c>Harness.Load</c> meter: what <c>dotnet-counters monitor --counters Harness.Load</c> and an
/// OpenTelemetry MeterProvider see, for every run going on in the process. Counters are observed
/// from the runs' per-interval state; the latency histograms are replayed from each interval's HDR
/// histogram only while someone listens, so a request's path never touches an instrument.
/// </summary>
internal static class LoadMeter
{
    public const string Name = "Harness.Load";

    private static readonly Meter Meter = new(Name, typeof(LoadMeter).Assembly.GetName().Version?.ToString());
    private static readonly Lock RunsLock = new();
    private static readonly List<LoadTelemetry> Runs = [];

    private static readonly Histogram<double> ResponseTime = Meter.CreateHistogram<double>("harness.load.response_time", "s", "From the intended send time to the end of the answer (no coordinated omission).");
    private static readonly Histogram<double> ServiceTime = Meter.CreateHistogram<double>("harness.load.service_time", "s", "From the actual send to the end of the answer.");
    private static readonly Histogram<double> SchedulerLag = Meter.CreateHistogram<double>("harness.load.scheduler_lag", "s", "How late the open-model dispatcher woke up: the generator's own lag.");

    static LoadMeter()
    {
        Meter.CreateObservableCounter("harness.load.requests", () => Observe((s, tags) =>
            Enum.GetValues<OutcomeKind>().Select(k => new Measurement<long>(s.Outcomes[(int)k], With(tags, "outcome", OutcomeNames.Json(k))))), "{request}", "Finished requests by outcome and phase.");
        Meter.CreateObservableCounter("harness.load.responses", () => Observe((s, tags) =>
            s.Statuses.Select(p => new Measurement<long>(p.Value, With(tags, "status", p.Key)))), "{response}", "Answers by HTTP status and phase.");
        Meter.CreateObservableCounter("harness.load.sent", () => Observe((s, tags) => [new Measurement<long>(s.Counts.Sent, tags)]), "{request}", "Requests handed to the transport.");
        Meter.CreateObservableCounter("harness.load.late", () => Observe((s, tags) => [new Measurement<long>(s.Counts.Late, tags)]), "{request}", "Open-model starts that went out after the late bound.");
        Meter.CreateObservableCounter("harness.load.dropped", () => Observe((s, tags) => [new Measurement<long>(s.Counts.Dropped, tags)]), "{request}", "Open-model starts never sent (in-flight cap held them past the drop bound).");
        Meter.CreateObservableCounter("harness.load.bytes", () => Observe((s, tags) =>
            [new Measurement<long>(s.Counts.BytesOut, With(tags, "direction", "out")), new Measurement<long>(s.Counts.BytesIn, With(tags, "direction", "in"))]), "By", "Bytes sent and received.");
        Meter.CreateObservableUpDownCounter("harness.load.in_flight", () => Latest(l => l.Interval.InFlight), "{request}", "Requests in flight at the last interval's end.");
        Meter.CreateObservableGauge("harness.load.target_rate", () => Latest(l => l.TargetPerSecond ?? 0), "{request}/s", "The open phase's planned rate (this agent's share).");
    }

    public static void Register(LoadTelemetry run)
    {
        lock (RunsLock)
        {
            Runs.Add(run);
        }
    }

    public static void Unregister(LoadTelemetry run)
    {
        lock (RunsLock)
        {
            Runs.Remove(run);
        }
    }

    /// <summary>Records an interval's latencies into the histogram instruments, when a listener has enabled them.</summary>
    public static void Replay(LoadTelemetry run, string phase, HistogramBase response, HistogramBase service, HistogramBase lag)
    {
        if (!ResponseTime.Enabled && !ServiceTime.Enabled && !SchedulerLag.Enabled)
        {
            return;
        }

        var tags = Tags(run, phase);
        HistogramReplay.Record(ResponseTime, response, tags);
        HistogramReplay.Record(ServiceTime, service, tags);
        HistogramReplay.Record(SchedulerLag, lag, tags);
    }

    private static List<Measurement<long>> Observe(Func<PhaseSeries, TagList, IEnumerable<Measurement<long>>> read)
    {
        var measurements = new List<Measurement<long>>();
        foreach (var run in Snapshot())
        {
            run.Observe(series => measurements.AddRange(read(series, Tags(run, series.Name))));
        }

        return measurements;
    }

    private static IEnumerable<Measurement<T>> Latest<T>(Func<LiveState, T> read)
        where T : struct =>
        Snapshot().Where(r => r.Latest is not null).Select(r => new Measurement<T>(read(r.Latest!), Tags(r, r.Latest!.Interval.Phase))).ToList();

    private static LoadTelemetry[] Snapshot()
    {
        lock (RunsLock)
        {
            return [.. Runs];
        }
    }

    private static TagList Tags(LoadTelemetry run, string phase)
    {
        var tags = new TagList();
        foreach (var (key, value) in run.Labels)
        {
            tags.Add(key, value);
        }

        tags.Add("phase", phase);
        return tags;
    }

    private static TagList With(TagList tags, string key, object value)
    {
        var copy = tags;
        copy.Add(key, value);
        return copy;
    }
}
