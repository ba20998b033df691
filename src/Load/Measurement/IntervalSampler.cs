using HdrHistogram;
using Harness.Load.Records;

namespace Harness.Load.Measurement;

/// <summary>
/// Once per interval, takes the interval histograms of the active metrics (HdrHistogram recorders
/// swap without stopping the writers), adds them to the totals and appends a timeline row.
/// </summary>
internal sealed class IntervalSampler : IDisposable
{
    /// <summary>A process using this share of every core is the bottleneck itself.</summary>
    public const double SaturatedCpuShare = 0.9;

    private readonly Lock _lock = new();
    private readonly TimeProvider _clock;
    private readonly TimeSpan _interval;
    private readonly Action<ProgressSnapshot>? _onInterval;
    private readonly Dictionary<RunMetrics, MetricTotals> _totals = [];
    private readonly List<TimelineRow> _rows = [];
    private readonly long _runStart;
    private ITimer? _timer;
    private RunMetrics? _active;
    private string _phase = "";
    private bool _warmup;
    private long _lastSampleAt;
    private TimeSpan _lastCpu;
    private int _disposed;

    public IntervalSampler(TimeProvider clock, TimeSpan interval, Action<ProgressSnapshot>? onInterval)
    {
        _clock = clock;
        _interval = interval;
        _onInterval = onInterval;
        _runStart = _lastSampleAt = clock.GetTimestamp();
        _lastCpu = Environment.CpuUsage.TotalTime;
    }

    public IReadOnlyList<TimelineRow> Rows
    {
        get
        {
            lock (_lock)
            {
                return [.. _rows];
            }
        }
    }

    /// <summary>Told, under the sampler's lock, after each measured (non-warm-up) interval was added to its totals.</summary>
    public Action<RunMetrics, MetricTotals>? AfterMeasuredSample { get; init; }

    /// <summary>Told, under the sampler's lock, after each interval (Prometheus, the live page, the meter).</summary>
    public Telemetry.LoadTelemetry? Telemetry { get; init; }

    public void Start() => _timer = _clock.CreateTimer(static s => ((IntervalSampler)s!).Sample(), this, _interval, _interval);

    /// <summary>Closes the current interval and measures the next phase into <paramref name="metrics"/>.</summary>
    public void Activate(RunMetrics metrics, string phase, bool warmup)
    {
        lock (_lock)
        {
            SampleLocked();
            _active = metrics;
            _phase = phase;
            _warmup = warmup;
        }
    }

    public void Sample()
    {
        lock (_lock)
        {
            SampleLocked();
        }
    }

    /// <summary>The totals of a metrics object (complete once the sampler has been stopped).</summary>
    public MetricTotals TotalsFor(RunMetrics metrics)
    {
        lock (_lock)
        {
            return Totals(metrics);
        }
    }

    private MetricTotals Totals(RunMetrics metrics)
    {
        if (!_totals.TryGetValue(metrics, out var totals))
        {
            totals = new MetricTotals();
            _totals[metrics] = totals;
        }

        return totals;
    }

    private void SampleLocked()
    {
        var now = _clock.GetTimestamp();
        var cpu = Environment.CpuUsage.TotalTime;
        var wall = _clock.GetElapsedTime(_lastSampleAt, now);
        var cpuShare = wall > TimeSpan.Zero ? (cpu - _lastCpu) / (wall * Environment.ProcessorCount) : 0;
        _lastSampleAt = now;
        _lastCpu = cpu;
        if (_active is not { } metrics)
        {
            return;
        }

        var totals = Totals(metrics);
        var response = metrics.Response.GetIntervalHistogram(totals.LastResponse);
        var service = metrics.Service.GetIntervalHistogram(totals.LastService);
        var lag = metrics.SchedulerLag.GetIntervalHistogram(totals.LastLag);
        var failed = metrics.Failed.GetIntervalHistogram(totals.LastFailed);
        totals.LastFailed = failed;
        totals.Failed.Add(failed);
        totals.LastResponse = response;
        totals.LastService = service;
        totals.LastLag = lag;
        totals.Response.Add(response);
        totals.Service.Add(service);
        totals.SchedulerLag.Add(lag);

        long sent = metrics.Sent, completed = metrics.Completed, errors = metrics.Errors, dropped = metrics.Dropped, late = metrics.Late;
        // Intervals shorter than a tenth of the normal one (phase switches) say nothing about CPU.
        if (wall >= _interval / 10)
        {
            totals.Intervals++;
            if (cpuShare >= SaturatedCpuShare)
            {
                totals.CpuSaturatedIntervals++;
            }
        }

        var row = new TimelineRow(
            Math.Round(_clock.GetElapsedTime(_runStart, now).TotalSeconds, 3), _phase, _warmup,
            sent - totals.LastSent, completed - totals.LastCompleted, metrics.InFlight,
            errors - totals.LastErrors, dropped - totals.LastDropped, late - totals.LastLate,
            Ms(response, 50), Ms(response, 90), Ms(response, 99), MaxMs(response), Ms(service, 99),
            Math.Round(cpuShare * 100, 1));
        totals.LastSent = sent;
        totals.LastCompleted = completed;
        totals.LastErrors = errors;
        totals.LastDropped = dropped;
        totals.LastLate = late;
        _rows.Add(row);
        if (!_warmup)
        {
            AfterMeasuredSample?.Invoke(metrics, totals);
        }

        Telemetry?.Sampled(metrics, row, response, service, lag);
        _onInterval?.Invoke(new ProgressSnapshot(row, _clock.GetElapsedTime(_runStart, now), sent, completed,
            metrics.Count(OutcomeKind.Accepted), errors, dropped));
    }

    private static double Ms(HistogramBase histogram, double percentile) =>
        histogram.TotalCount == 0 ? 0 : histogram.GetValueAtPercentile(percentile) / 1000.0;

    private static double MaxMs(HistogramBase histogram) =>
        histogram.TotalCount == 0 ? 0 : histogram.GetMaxValue() / 1000.0;

    /// <summary>Stops the timer and closes the last interval.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _timer?.Dispose();
        _timer = null;
        lock (_lock)
        {
            SampleLocked();
            // Answers to an earlier part (a warm-up's stragglers) may land after it stopped being active.
            foreach (var (metrics, totals) in _totals)
            {
                if (metrics != _active)
                {
                    totals.Response.Add(totals.LastResponse = metrics.Response.GetIntervalHistogram(totals.LastResponse));
                    totals.Service.Add(totals.LastService = metrics.Service.GetIntervalHistogram(totals.LastService));
                    totals.SchedulerLag.Add(totals.LastLag = metrics.SchedulerLag.GetIntervalHistogram(totals.LastLag));
                    totals.Failed.Add(totals.LastFailed = metrics.Failed.GetIntervalHistogram(totals.LastFailed));
                }
            }
        }
    }
}
