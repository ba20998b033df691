using System.Globalization;
using System.Text.Json;
using Harness.Cli.Commands;
using Harness.Fakes.Faults;
using Harness.Fakes;
using Harness.Load.Engine;
using Harness.Telemetry;
using Harness.TestKit;

namespace Harness.Cli.Tests.Observe;

/// <summary>
/// Debian's Prometheus scrapes a running <c>harness load --metrics</c> and the fake's
/// <c>/_fake/metrics</c>; what it stored is then compared with run.json.
/// </summary>
[Collection("observe")]
public sealed class PrometheusScrapeTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "cli-prometheus-" + Guid.NewGuid().ToString("N"));

    public PrometheusScrapeTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task LoadWithMetrics_ScrapedByPrometheus_TotalsEqualRunJsonAndP99WithinOneBucket()
    {
        // Answers spread over 1..20 ms, so the p99 sits inside the histogram and not at its first bucket.
        await using var fake = await FakeReceiver.StartAsync(new FakeReceiverOptions
        {
            Latency = LatencySpec.TryParse("uniform:1ms..20ms", out var latency, out _) ? latency : null,
        });
        // Prometheus knocks on this port before the run listens on it: keep it out of the range its own sockets come from.
        var metricsPort = LoopbackPort.FreeOutsideEphemeral();
        var metrics = new Uri($"http://127.0.0.1:{metricsPort}/metrics");
        await using var prometheus = await PrometheusServer.StartAsync(("fake", new Uri(fake.BaseAddress, "_fake/metrics")), ("load", metrics));
        var scenario = Path.Combine(_dir, "scrape.json");
        File.WriteAllText(scenario, """
            {
              "name": "scrape",
              "phases": [ { "name": "steady", "type": "constant-rate", "rate": 100, "duration": "5s" } ],
              "payload": { "poolSize": 20 },
              "thresholds": [ "p99 < 250ms" ]
            }
            """);
        var output = new StringWriter();
        var args = new LoadArguments(scenario, fake.BaseAddress.ToString(), fake.Keys[0], null, null, null, null,
            Path.Combine(_dir, "results"), false, null, TransportKind.Auto) { Metrics = metrics.ToString(), AllowUnderstated = true };

        var exit = await LoadRun.ExecuteAsync(args, output, CancellationToken.None);

        // The threshold is here for its bucket bound; on a busy machine the p99 may break it (exit 1): the scrape is still judged.
        Assert.True(exit == ExitCode.Passed || (exit == ExitCode.Failed && output.ToString().Contains("threshold(s) of the scenario failed", StringComparison.Ordinal)), output.ToString() + prometheus.Output);
        Assert.DoesNotContain("nothing scraped the final counts", output.ToString(), StringComparison.Ordinal);
        using var run = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Directory.GetDirectories(Path.Combine(_dir, "results")).Single(), "run.json")));
        var measured = run.RootElement.GetProperty("measured");
        var sent = measured.GetProperty("sent").GetInt64();
        Assert.True(sent >= 450, $"sent {sent}");

        var scrapedTotal = await prometheus.WaitForValueAsync("sum(harness_load_requests_total{warmup=\"false\"})", sent, TimeSpan.FromSeconds(5));
        Assert.Equal(sent, (long?)scrapedTotal);
        // The run's endpoint closes after the final scrape and Prometheus then marks its series stale:
        // every later question about the run is asked at the time of that last scrape.
        var lastScrape = await prometheus.LastSampleAtAsync("harness_load_running");
        Assert.NotNull(lastScrape);
        var scrapedSent = await prometheus.ScalarAsync("sum(harness_load_sent_total)", lastScrape);
        Assert.Equal(sent, (long?)scrapedSent);
        var labels = (await prometheus.QueryAsync("harness_load_sent_total", lastScrape)).Single().Labels;
        Assert.Equal("1", labels["shard"]);
        Assert.StartsWith("scrape-", labels["run_id"], StringComparison.Ordinal);
        Assert.Equal("steady", labels["phase"]);

        var scrapedP99 = await prometheus.ScalarAsync("histogram_quantile(0.99, sum by (le) (harness_load_response_time_seconds_bucket{warmup=\"false\"}))", lastScrape);
        Assert.NotNull(scrapedP99);
        var hdrP99 = measured.GetProperty("latency").GetProperty("responseTime").GetProperty("p99Ms").GetDouble() * 1000;
        var bounds = LatencyBuckets.With([250_000]).Bounds;
        var bucket = LatencyBuckets.With([250_000]).IndexOf((long)Math.Ceiling(scrapedP99.Value * 1_000_000));
        var lower = bucket == 0 ? 0 : bounds[bucket - 1];
        var upper = bucket < bounds.Count ? bounds[bucket] : long.MaxValue;
        // HDR keeps 3 significant digits: its p99 may sit 0.1% past the bound of the bucket it was counted in.
        Assert.True(hdrP99 >= lower * 0.999 && hdrP99 <= upper * 1.001,
            string.Create(CultureInfo.InvariantCulture, $"Prometheus p99 {scrapedP99 * 1000:0.###} ms is in bucket ({lower / 1000.0}, {upper / 1000.0}] ms; run.json p99 {hdrP99 / 1000:0.###} ms"));

        // The receiver's side, from its own endpoint: what it accepted is what run.json's reconciliation
        // read from /_fake/stats (on a busy machine an answer may reach the fake but time out at the
        // client, so the client's own accepted count can be one short), and that is within a few of the client's.
        var accepted = run.RootElement.GetProperty("reconciliation").GetProperty("receiverAccepted").GetInt64();
        var clientAccepted = measured.GetProperty("outcomes").GetProperty("accepted").GetInt64();
        var timeouts = measured.GetProperty("outcomes").TryGetProperty("timeout", out var t) ? t.GetInt64() : 0;
        Assert.InRange(accepted - clientAccepted, 0, timeouts);
        Assert.Equal(accepted, (long?)await prometheus.WaitForValueAsync("harness_fake_accepted_total", accepted, TimeSpan.FromSeconds(5)));
        // Every answer on the route is timed, the pre-flight's GET (answered 405) included: one per request the fake saw.
        // The fake keeps being scraped after the run: the last answers may only be in the next scrape, so wait for it.
        var answered = await prometheus.WaitForValueAsync("sum(harness_fake_requests_total)", accepted + 1, TimeSpan.FromSeconds(5));
        Assert.Equal(accepted + 1, (long?)answered);
        Assert.Equal(answered, await prometheus.WaitForValueAsync("harness_fake_handling_time_seconds_count", answered!.Value, TimeSpan.FromSeconds(5)));
        var serverP99 = await prometheus.ScalarAsync("histogram_quantile(0.99, sum by (le) (harness_fake_handling_time_seconds_bucket))");
        // Each answer is held 1..20 ms (timers may overshoot), and the server's time is part of the client's: never a later bucket.
        Assert.True(serverP99 > 0.015 && serverP99 <= upper / 1_000_000.0, $"fake p99 {serverP99} s, client p99 bucket ends at {upper / 1_000_000.0} s");

        // Every query of the shipped Grafana dashboard is valid PromQL over these series, and finds data
        // (the fake refused nothing, so only its rejections-by-reason query may come back empty).
        using var dashboard = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(RepoPaths.Root(), "deploy", "grafana", "harness.json")));
        var queries = dashboard.RootElement.GetProperty("panels").EnumerateArray()
            .SelectMany(p => p.GetProperty("targets").EnumerateArray()).Select(t => t.GetProperty("expr").GetString()!).ToList();
        Assert.True(queries.Count >= 10, $"{queries.Count} queries");
        // A rate needs two scrapes in its window; on a busy machine a scrape may time out, so give the next ones a moment.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        foreach (var query in queries)
        {
            var promql = query.Replace("$__rate_interval", "1m", StringComparison.Ordinal).Replace("$run_id", ".*", StringComparison.Ordinal);
            // The fake still answers scrapes: its queries are asked now; the run's at its last scrape.
            double? at = promql.Contains("harness_load_", StringComparison.Ordinal) ? lastScrape : null;
            var results = await prometheus.QueryAsync(promql, at);
            while (results.Count == 0 && DateTime.UtcNow < deadline && !query.Contains("harness_fake_rejections_total", StringComparison.Ordinal))
            {
                await Task.Delay(250);
                results = await prometheus.QueryAsync(promql, at);
            }

            if (results.Count == 0 && promql.Contains("rate(", StringComparison.Ordinal))
            {
                // A rate needs two successful scrapes of the short run; when a starved machine got only one,
                // the same query over the last sample still proves its series, labels and grouping exist.
                results = await prometheus.QueryAsync(promql.Replace("rate(", "last_over_time(", StringComparison.Ordinal), at);
            }

            Assert.True(results.Count > 0 || query.Contains("harness_fake_rejections_total", StringComparison.Ordinal), $"no data for {query}; scrapes of the load: {await prometheus.ScalarAsync("count_over_time(up{job=\"load\"}[5m])")}, up: {await prometheus.ScalarAsync("sum_over_time(up{job=\"load\"}[5m])")} (the fake: {await prometheus.ScalarAsync("sum_over_time(up{job=\"fake\"}[5m])")} of {await prometheus.ScalarAsync("count_over_time(up{job=\"fake\"}[5m])")}), samples of sent: {await prometheus.ScalarAsync("sum(count_over_time(harness_load_sent_total[5m]))")}\n{await prometheus.TargetsAsync()}\n{prometheus.Output}");
        }
    }
}
