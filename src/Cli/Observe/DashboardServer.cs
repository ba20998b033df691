using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Harness.Fakes.Http;
using Harness.Load.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Harness.Cli.Observe;

/// <summary>
/// <c>harness load --dashboard</c>: one self-contained page on 127.0.0.1 (a free port) that the run
/// updates after every interval through server-sent events, and that shows report.html once the
/// run is written. Only loopback: the page is for the person at this machine.
/// </summary>
internal sealed class DashboardServer : IAsyncDisposable
{
    /// <summary>How long a finished run waits for open pages to load the final report.</summary>
    public static readonly TimeSpan ReportWait = TimeSpan.FromSeconds(10);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Lock _lock = new();
    private readonly List<Channel<string>> _clients = [];
    private readonly WebApplication _app;
    private string? _latest;
    private string? _reportPath;
    private int _reportsServed;

    private DashboardServer(WebApplication app) => _app = app;

    public Uri Address { get; private set; } = null!;

    public static async Task<DashboardServer> StartAsync(LoadTelemetry telemetry, CancellationToken ct)
    {
        var server = new DashboardServer(SlimHost.Create(["http://127.0.0.1:0"]));
        server._app.MapGet("/", () => Results.Text(DashboardPage.Html, "text/html; charset=utf-8"));
        server._app.MapGet("/events", server.EventsAsync);
        server._app.MapGet("/report", server.Report);
        telemetry.Updated += state => server.Publish("interval", JsonSerializer.Serialize(state, Json));
        server.Address = await SlimHost.StartAsync(server._app, ct).ConfigureAwait(false);
        return server;
    }

    /// <summary>The run folder is written: pages load its report.html. Waits (bounded) for open pages to fetch it.</summary>
    public async Task FinishAsync(string reportPath, TimeProvider clock)
    {
        int open;
        lock (_lock)
        {
            _reportPath = reportPath;
            open = _clients.Count;
        }

        Publish("done", "{\"report\":\"/report\"}");
        var start = clock.GetTimestamp();
        while (open > 0 && Volatile.Read(ref _reportsServed) == 0 && clock.GetElapsedTime(start) < ReportWait)
        {
            await Task.Delay(100, CancellationToken.None).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        lock (_lock)
        {
            foreach (var client in _clients)
            {
                client.Writer.TryComplete();
            }
        }

        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private void Publish(string kind, string data)
    {
        var message = $"event: {kind}\ndata: {data}\n\n";
        lock (_lock)
        {
            // A page opened late starts from the last interval (or the end).
            _latest = message;

            foreach (var client in _clients)
            {
                client.Writer.TryWrite(message);
            }
        }
    }

    private async Task EventsAsync(HttpContext context)
    {
        // A slow page only loses old intervals, never holds up the run.
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(16) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_lock)
        {
            if (_latest is { } latest)
            {
                channel.Writer.TryWrite(latest);
            }

            _clients.Add(channel);
        }

        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        try
        {
            await context.Response.WriteAsync(": harness live\n\n", context.RequestAborted).ConfigureAwait(false);
            await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
            await foreach (var message in channel.Reader.ReadAllAsync(context.RequestAborted).ConfigureAwait(false))
            {
                await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(message), context.RequestAborted).ConfigureAwait(false);
                await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed.
        }
        finally
        {
            lock (_lock)
            {
                _clients.Remove(channel);
            }
        }
    }

    private IResult Report()
    {
        string? path;
        lock (_lock)
        {
            path = _reportPath;
        }

        if (path is null || !File.Exists(path))
        {
            return Results.Text("<p>The run is not over yet.</p>", "text/html; charset=utf-8", statusCode: 404);
        }

        Interlocked.Increment(ref _reportsServed);
        return Results.Text(File.ReadAllText(path), "text/html; charset=utf-8");
    }
}
