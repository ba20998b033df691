using System.Globalization;
using System.Text.Json;

namespace Harness.TestKit;

/// <summary>
/// Debian's Prometheus on a free loopback port, scraping the given targets every
/// <see cref="ScrapeInterval"/>, its TSDB in its own temp folder; queried through its HTTP API.
/// </summary>
public sealed class PrometheusServer : IAsyncDisposable
{
    /// <summary>Short, so a test of a few seconds sees several scrapes (and a scrape may take all of it on a busy machine).</summary>
    public static readonly TimeSpan ScrapeInterval = TimeSpan.FromSeconds(1);

    private readonly ServerProcess _process;
    private readonly HttpClient _client;

    private PrometheusServer(ServerProcess process)
    {
        _process = process;
        _client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{process.Port}/"), Timeout = TimeSpan.FromSeconds(10) };
    }

    /// <summary>What Prometheus wrote (for assertion messages).</summary>
    public string Output => _process.Output;

    /// <summary>Starts Prometheus scraping each job's <c>http://host:port/path</c> address.</summary>
    public static async Task<PrometheusServer> StartAsync(params (string Job, Uri Address)[] jobs)
    {
        var binary = ServerProcess.RequireBinary("prometheus", "prometheus");
        var folder = ServerProcess.NewFolder("prometheus");
        var port = LoopbackPort.Free();
        var interval = ((int)ScrapeInterval.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + "ms";
        var config = "global:\n  scrape_interval: " + interval + "\n  scrape_timeout: " + interval + "\nscrape_configs:\n"
            + string.Concat(jobs.Select(j =>
                $"  - job_name: '{j.Job}'\n    metrics_path: '{j.Address.AbsolutePath}'\n    static_configs:\n      - targets: ['{j.Address.Authority}']\n"));
        var path = Path.Combine(folder, "prometheus.yml");
        File.WriteAllText(path, config);
        var process = await ServerProcess.StartAsync(binary,
        [
            "--config.file=" + path, "--storage.tsdb.path=" + Path.Combine(folder, "data"),
            "--web.listen-address=127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture), "--log.level=warn",
        ], folder, port, TimeSpan.FromSeconds(30));
        return new PrometheusServer(process);
    }

    /// <summary>
    /// An instant query, now or at <paramref name="at"/> (Unix seconds); the value of each series with its labels
    /// (empty when none matched). Once a target stops answering, Prometheus marks its series stale and an instant
    /// query made later finds nothing: ask at the time of its last scrape (<see cref="LastSampleAtAsync"/>).
    /// </summary>
    public async Task<IReadOnlyList<(IReadOnlyDictionary<string, string> Labels, double Value)>> QueryAsync(string promql, double? at = null)
    {
        var time = at is { } t ? "&time=" + t.ToString("0.###", CultureInfo.InvariantCulture) : "";
        using var response = await _client.GetAsync("api/v1/query?query=" + Uri.EscapeDataString(promql) + time);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Prometheus answered {(int)response.StatusCode} to {promql}: {body}");
        }

        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("data").GetProperty("result").EnumerateArray().Select(r =>
        (
            (IReadOnlyDictionary<string, string>)r.GetProperty("metric").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? ""),
            double.Parse(r.GetProperty("value")[1].GetString()!, CultureInfo.InvariantCulture)
        )).ToList();
    }

    /// <summary>
    /// Polls a single-series query until it gives <paramref name="expected"/> or the timeout passes; the last value
    /// (a scrape on a busy machine may time out, and the next one brings the final count).
    /// </summary>
    public async Task<double?> WaitForValueAsync(string promql, double expected, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        double? value;
        while ((value = await ScalarAsync(promql)) != expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        return value;
    }

    /// <summary>The single value of a query that sums to one series, or null when nothing matched.</summary>
    public async Task<double?> ScalarAsync(string promql, double? at = null) => (await QueryAsync(promql, at)) is [var only] ? only.Value : null;

    /// <summary>The Unix time of the newest stored sample of a series selector (stale markers aside), null when it has none.</summary>
    public async Task<double?> LastSampleAtAsync(string selector)
    {
        using var response = await _client.GetAsync("api/v1/query?query=" + Uri.EscapeDataString(selector + "[10m]"));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var times = json.RootElement.GetProperty("data").GetProperty("result").EnumerateArray()
            .SelectMany(r => r.GetProperty("values").EnumerateArray()).Select(v => v[0].GetDouble()).ToList();
        return times.Count == 0 ? null : times.Max();
    }

    /// <summary>Each target's job, health and last scrape error (for assertion messages).</summary>
    public async Task<string> TargetsAsync()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync("api/v1/targets"));
        return string.Join("; ", json.RootElement.GetProperty("data").GetProperty("activeTargets").EnumerateArray().Select(t =>
            $"{t.GetProperty("labels").GetProperty("job").GetString()}: {t.GetProperty("health").GetString()} {t.GetProperty("lastError").GetString()}"));
    }

    /// <summary>Waits until every scrape target is up (health "up") or the timeout passes.</summary>
    public async Task<bool> WaitForTargetsUpAsync(int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            using var json = JsonDocument.Parse(await _client.GetStringAsync("api/v1/targets"));
            var active = json.RootElement.GetProperty("data").GetProperty("activeTargets").EnumerateArray().ToList();
            if (active.Count(t => t.GetProperty("health").GetString() == "up") >= count)
            {
                return true;
            }

            await Task.Delay(200);
        }

        return false;
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _process.DisposeAsync();
    }
}
