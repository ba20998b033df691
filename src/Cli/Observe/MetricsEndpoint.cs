using Harness.Fakes.Http;
using Harness.Load.Telemetry;
using Harness.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Harness.Cli.Observe;

/// <summary>
/// <c>harness load --metrics URL</c>: the run's counters and histograms in the Prometheus text format
/// at URL's path (e.g. <c>http://0.0.0.0:9464/metrics</c>), for as long as the run lasts and until
/// one scrape has read the final counts (or <see cref="FinalScrapeWait"/> passed).
/// </summary>
internal sealed class MetricsEndpoint : IAsyncDisposable
{
    /// <summary>How long a finished run waits for Prometheus to read its final counts.</summary>
    public static readonly TimeSpan FinalScrapeWait = TimeSpan.FromSeconds(15);

    private readonly WebApplication _app;
    private readonly LoadTelemetry _telemetry;

    private MetricsEndpoint(WebApplication app, LoadTelemetry telemetry)
    {
        _app = app;
        _telemetry = telemetry;
    }

    /// <summary>Checks the option's text: an absolute http:// address with a port and a path.</summary>
    public static string? Problem(string url) =>
        !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp
            ? $"--metrics: '{url}' is not an absolute http:// address (e.g. http://127.0.0.1:9464/metrics)."
            : uri.AbsolutePath == "/" ? $"--metrics: '{url}' has no path; Prometheus scrapes a path such as /metrics." : null;

    public static async Task<MetricsEndpoint> StartAsync(Uri url, LoadTelemetry telemetry, CancellationToken ct)
    {
        var app = SlimHost.Create([$"http://{url.Authority}"]);
        app.MapGet(url.AbsolutePath, () => Results.Text(telemetry.ScrapeText(), PrometheusText.ContentType));
        await SlimHost.StartAsync(app, ct).ConfigureAwait(false);
        return new MetricsEndpoint(app, telemetry);
    }

    /// <summary>Waits until a scrape came after the run ended (at most <see cref="FinalScrapeWait"/>); false when none did.</summary>
    public async Task<bool> WaitForFinalScrapeAsync(TimeProvider clock)
    {
        var before = _telemetry.Scrapes;
        var deadline = clock.GetTimestamp();
        while (clock.GetElapsedTime(deadline) < FinalScrapeWait)
        {
            if (_telemetry.Scrapes > before)
            {
                return true;
            }

            await Task.Delay(100, CancellationToken.None).ConfigureAwait(false);
        }

        return false;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
