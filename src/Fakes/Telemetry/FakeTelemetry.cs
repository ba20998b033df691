using System.Diagnostics.Metrics;
using HdrHistogram;
using Harness.Telemetry;

namespace Harness.Fakes.Telemetry;

/// <summary>
/// The receiver's own view of its work: how long it took to handle each API request (from the
/// handler's start to its answer, injected latency and stalls included), in an HDR histogram that
/// <c>/_fake/stats</c>, <c>/_fake/metrics</c> and a load run's "server time" all read, and the
/// <c>Harness.Fakes</c> meter (one per receiver) that <c>dotnet-counters</c> and OTel listeners see.
/// The handling-time instrument is replayed from the histogram (<see cref="HistogramReplay"/>) each second
/// and whenever a listener collects the observable instruments, as the load engine's are: recording it
/// on every request, with a listener on, cost about 1% of the fake's CPU (benchmarks/receiver/profile.sh).
/// </summary>
internal sealed class FakeTelemetry : IDisposable
{
    public const string MeterName = "Harness.Fakes";

    private static readonly TimeSpan ReplayEvery = TimeSpan.FromSeconds(1);

    private readonly StripedHistogram _handling = new(3_600_000_000);
    private readonly TimeProvider _time;
    private readonly double _toMicroseconds;
    private readonly Meter _meter;
    private readonly Histogram<double> _handlingInstrument;
    private readonly Lock _replayGate = new();
    private LongHistogram? _replayed;
    private readonly ITimer _replayTimer;

    public FakeTelemetry(TimeProvider time, Func<FakeStats> stats)
    {
        _time = time;
        _toMicroseconds = 1_000_000.0 / time.TimestampFrequency;
        _meter = new Meter(MeterName, typeof(FakeTelemetry).Assembly.GetName().Version?.ToString());
        _handlingInstrument = _meter.CreateHistogram<double>("harness.fakes.handling_time", "s", "Time the receiver took to answer an API request.");
        _replayTimer = time.CreateTimer(_ => ReplayHandlingTime(), null, ReplayEvery, ReplayEvery);
        _meter.CreateObservableCounter("harness.fakes.requests", () =>
        {
            ReplayHandlingTime();
            return ByStatus(stats());
        }, "{request}", "API answers by HTTP status.");
        _meter.CreateObservableCounter("harness.fakes.rejections", () => ByReason(stats()), "{request}", "Rejections by reason (auth.keyUnknown, throttled, alarmName.Size...).");
        _meter.CreateObservableUpDownCounter("harness.fakes.alarms.active", () => stats().Alarms.Active, "{alarm}", "Alarms raised and not yet cleared: the store's size.");
    }

    /// <summary>The meter these instruments belong to (one per receiver).</summary>
    public Meter Meter => _meter;

    /// <summary>Records one answered API request that began at <paramref name="startedAt"/> (a <see cref="TimeProvider"/> timestamp).</summary>
    public void Handled(long startedAt)
    {
        var microseconds = (long)((_time.GetTimestamp() - startedAt) * _toMicroseconds);
        _handling.Record(microseconds, pending: _handlingInstrument.Enabled);
    }

    /// <summary>A copy of the handling-time histogram (microseconds) since the start or the last reset.</summary>
    public HistogramBase HandlingTime() => _handling.Merged();

    /// <summary>Adds the handling times (microseconds) to a scrape's buckets without copying the histogram.</summary>
    public void AddHandlingTimeTo(BucketCounts buckets) => _handling.AddTo(buckets);

    public void Reset() => _handling.Reset();

    public void Dispose()
    {
        _replayTimer.Dispose();
        _meter.Dispose();
    }

    /// <summary>Records the handling times not yet replayed into the instrument (dropped when nobody listens any more).</summary>
    private void ReplayHandlingTime()
    {
        lock (_replayGate)
        {
            // Nothing is pending before a listener first enables the instrument: no histogram until then.
            if (_replayed is null && !_handling.KeepsPending)
            {
                return;
            }

            _replayed ??= new LongHistogram(1, _handling.Highest, 3);
            _handling.TakePending(_replayed);
            if (_replayed.TotalCount > 0)
            {
                HistogramReplay.Record(_handlingInstrument, _replayed, default);
                _replayed.Reset();
            }
        }
    }

    private static IEnumerable<Measurement<long>> ByStatus(FakeStats stats) =>
        stats.ByStatus.Select(s => new Measurement<long>(s.Value, new KeyValuePair<string, object?>("status", s.Key)));

    private static IEnumerable<Measurement<long>> ByReason(FakeStats stats) =>
        stats.ByReason.Select(r => new Measurement<long>(r.Value, new KeyValuePair<string, object?>("reason", r.Key)));
}
