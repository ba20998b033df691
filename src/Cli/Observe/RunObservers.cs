using Harness.Cli.Commands;
using Harness.Load.Telemetry;
using Harness.Telemetry;
using OpenTelemetry.Metrics;

namespace Harness.Cli.Observe;

/// <summary>
/// Who watches a <c>harness load</c> run besides the console: the Prometheus endpoint
/// (<c>--metrics</c>), the live page (<c>--dashboard</c>) and an OTLP collector (<c>--otlp</c>),
/// all fed by one <see cref="LoadTelemetry"/>. Started before the run, finished once its folder is written.
/// </summary>
internal sealed class RunObservers : IAsyncDisposable
{
    private MetricsEndpoint? _metrics;
    private DashboardServer? _dashboard;
    private MeterProvider? _otlp;

    public LoadTelemetry Telemetry { get; } = new();

    /// <summary>Every problem of the three options, each naming its option.</summary>
    public static IReadOnlyList<string> Problems(LoadArguments args) =>
        new[] { args.Metrics is { } m ? MetricsEndpoint.Problem(m) : null, args.Otlp is { } o ? OtlpExport.Problem(o) : null }
            .OfType<string>().ToList();

    /// <summary>Starts what was asked for and says where; throws <see cref="IOException"/> or <see cref="InvalidOperationException"/> when the --metrics address cannot be bound.</summary>
    public static async Task<RunObservers> StartAsync(LoadArguments args, TextWriter output, CancellationToken ct)
    {
        var observers = new RunObservers();
        try
        {
            if (args.Metrics is { } metrics)
            {
                observers._metrics = await MetricsEndpoint.StartAsync(new Uri(metrics), observers.Telemetry, ct).ConfigureAwait(false);
                output.WriteLine($"Prometheus metrics: {metrics} (a finished run waits up to {MetricsEndpoint.FinalScrapeWait.TotalSeconds:0} s for a last scrape).");
            }

            if (args.Dashboard)
            {
                observers._dashboard = await DashboardServer.StartAsync(observers.Telemetry, ct).ConfigureAwait(false);
                output.WriteLine($"Live dashboard: {observers._dashboard.Address}");
            }

            if (args.Otlp is { } otlp)
            {
                observers._otlp = OtlpExport.Start(new Uri(otlp), LatencyBuckets.Default.Bounds, TimeSpan.FromSeconds(5));
                output.WriteLine($"OTLP export: {otlp} (every 5 s).");
            }

            return observers;
        }
        catch
        {
            await observers.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The run folder is written: the page shows its report, Prometheus gets a last scrape, OTLP a last push.</summary>
    public async Task FinishAsync(string runFolder, TextWriter output)
    {
        if (_dashboard is not null)
        {
            await _dashboard.FinishAsync(Path.Combine(runFolder, "report.html"), TimeProvider.System).ConfigureAwait(false);
        }

        if (_metrics is not null && !await _metrics.WaitForFinalScrapeAsync(TimeProvider.System).ConfigureAwait(false))
        {
            output.WriteLine($"warning: --metrics: nothing scraped the final counts within {MetricsEndpoint.FinalScrapeWait.TotalSeconds:0} s; Prometheus has them only up to its last scrape.");
        }

        _otlp?.ForceFlush(5000);
    }

    public async ValueTask DisposeAsync()
    {
        if (_metrics is not null)
        {
            await _metrics.DisposeAsync().ConfigureAwait(false);
        }

        if (_dashboard is not null)
        {
            await _dashboard.DisposeAsync().ConfigureAwait(false);
        }

        _otlp?.Dispose();
        Telemetry.Dispose();
    }
}
