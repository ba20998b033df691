using System.Globalization;
using Harness.Load.Engine;
using Harness.Load.Measurement;
using Harness.Load.Phases;
using Harness.Load.Records;
using Harness.Load.Sharding;
using Harness.Telemetry;
using HdrHistogram;

namespace Harness.Load.Telemetry;

/// <summary>
/// A run as it goes, for watchers: Prometheus scrapes (<see cref="ScrapeText"/>), the live page
/// (<see cref="Updated"/>) and the <c>Harness.Load</c> meter. Fed once per interval by the engine's
/// sampler from the counters and HDR interval histograms it keeps anyway, so publishing adds nothing
/// to a request's path. Give one to <see cref="Engine.LoadRunOptions.Telemetry"/> to read it; a run
/// without one still publishes to the meter. The meter keeps observing a run's final counts after it
/// ended (an OTLP exporter's last push reads them) until the telemetry is disposed.
/// </summary>
internal sealed class LoadTelemetry : IDisposable
{
    /// <summary>The meter every run publishes to (<c>dotnet-counters monitor --counters Harness.Load</c>).</summary>
    public const string MeterName = LoadMeter.Name;

    private readonly Lock _lock = new();
    private readonly Dictionary<RunMetrics, MetricsCursor> _cursors = [];
    private readonly List<PhaseSeries> _phases = [];
    private KeyValuePair<string, string>[] _labels = [];
    private LatencyBuckets _buckets = LatencyBuckets.Default;
    private TimeProvider _clock = TimeProvider.System;
    private Phase? _phase;
    private long _phaseStart;
    private int _shards = 1;
    private double _lastElapsed;
    private LiveState? _latest;
    private int _scrapes;
    private int _state;

    /// <summary>After each interval, on the engine's sampling thread (keep it quick).</summary>
    public event Action<LiveState>? Updated;

    /// <summary>The last interval's state, null before the first.</summary>
    public LiveState? Latest => Volatile.Read(ref _latest);

    /// <summary>Scrapes answered so far (a run waits for one after it ended, so the final counts reach Prometheus).</summary>
    public int Scrapes => Volatile.Read(ref _scrapes);

    /// <summary>The labels on every series: run_id, shard, shards, scenario.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Labels => Volatile.Read(ref _labels);

    /// <summary>The latency bucket bounds: the defaults and the scenario's latency thresholds.</summary>
    public LatencyBuckets Buckets => _buckets;

    /// <summary>The whole state in the Prometheus text format; counts as a scrape.</summary>
    public string ScrapeText()
    {
        Interlocked.Increment(ref _scrapes);
        lock (_lock)
        {
            return LoadMetricsText.Write(_labels, _phases, Latest, Volatile.Read(ref _state) == 1);
        }
    }

    internal void Begin(LoadPlan plan, ShardIdentity? shard, DateTimeOffset started, TimeProvider clock)
    {
        var runId = shard?.RunId ?? plan.Name + "-" + started.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        lock (_lock)
        {
            _clock = clock;
            _shards = shard?.Count ?? 1;
            _labels =
            [
                new("run_id", runId),
                new("shard", ((shard?.Index ?? 0) + 1).ToString(CultureInfo.InvariantCulture)),
                new("shards", _shards.ToString(CultureInfo.InvariantCulture)),
                new("scenario", plan.Name),
            ];
            // A threshold's limit as a bucket bound: histogram_quantile is exact right where the gate looks.
            _buckets = LatencyBuckets.With(plan.Thresholds.Where(t => t.Parsed.Metric.IsLatency).Select(t => (long)Math.Round(t.Parsed.Limit.Normalized * 1000)));
        }

        Volatile.Write(ref _state, 1);
        LoadMeter.Register(this);
    }

    internal void PhaseStarted(Phase phase)
    {
        lock (_lock)
        {
            _phase = phase;
            _phaseStart = _clock.GetTimestamp();
        }
    }

    /// <summary>Told by the sampler after each interval, under its lock.</summary>
    internal void Sampled(RunMetrics metrics, TimelineRow row, HistogramBase response, HistogramBase service, HistogramBase lag)
    {
        LiveState state;
        lock (_lock)
        {
            var series = SeriesFor(row.Phase, row.Warmup);
            if (!_cursors.TryGetValue(metrics, out var cursor))
            {
                _cursors[metrics] = cursor = new MetricsCursor();
            }

            series.AddSince(cursor, metrics);
            series.Response.Add(response);
            series.Service.Add(service);
            series.SchedulerLag.Add(lag);
            // Rows carry the elapsed time at their end; an interval is normally one, shorter at a phase switch.
            var seconds = Math.Max(row.ElapsedSeconds - _lastElapsed, 0.001);
            _lastElapsed = row.ElapsedSeconds;
            state = LiveStates.From(row, seconds, TargetRate(row), _phases, lag);
        }

        LoadMeter.Replay(this, row.Phase, response, service, lag);
        Volatile.Write(ref _latest, state);
        Updated?.Invoke(state);
    }

    internal void End() => Volatile.Write(ref _state, 2);

    /// <summary>Takes the run off the Harness.Load meter (its counts stay readable here).</summary>
    public void Dispose() => LoadMeter.Unregister(this);

    /// <summary>Reads the series under the lock (the meter's observable instruments).</summary>
    internal void Observe(Action<PhaseSeries> read)
    {
        lock (_lock)
        {
            foreach (var series in _phases)
            {
                read(series);
            }
        }
    }

    private PhaseSeries SeriesFor(string phase, bool warmup)
    {
        foreach (var existing in _phases)
        {
            if (existing.Name == phase && existing.Warmup == warmup)
            {
                return existing;
            }
        }

        var series = new PhaseSeries(phase, warmup, _buckets);
        _phases.Add(series);
        return series;
    }

    private double? TargetRate(TimelineRow row) =>
        _phase is OpenPhase phase && phase.DisplayName == row.Phase ? phase.RateAt(_clock.GetElapsedTime(_phaseStart)) / _shards : null;
}
