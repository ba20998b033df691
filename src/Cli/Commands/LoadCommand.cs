using System.CommandLine;
using Harness.Load.Engine;
using Harness.Load.Running;
using Harness.Load.Scenarios;

namespace Harness.Cli.Commands;

/// <summary>
/// <c>harness load</c>: runs a load scenario (default <c>scenarios/smoke.json</c>) against a target
/// (default: the embedded fake), shows a live view, writes the run folder, prints a summary.
/// </summary>
internal static class LoadCommand
{
    public const string DefaultScenario = "scenarios/smoke.json";

    public static Command Create()
    {
        var scenario = new Option<string>("--scenario") { Description = $"Scenario file (default {DefaultScenario})." };
        var target = new Option<string>("--target") { Description = "Base URL of the receiver (default: start the embedded fake on a free loopback port)." };
        var key = new Option<string>("--key") { Description = "Integration key (a secret: shown redacted)." };
        var token = new Option<string>("--token") { Description = "X-Auth-Token to send (a secret: shown redacted)." };
        var rate = new Option<double?>("--rate") { Description = "Peak arrival rate of the open phases, per second (the scenario's shape is kept)." };
        var duration = new Option<string>("--duration") { Description = "Total length of the timed main phases, e.g. 30s or 2m (stretched in proportion)." };
        var connections = new Option<int?>("--connections") { Description = "Keep-alive connections to the target." };
        var output = new Option<string>("--out") { Description = "Folder for the run folder (default results)." };
        var insecure = new Option<bool>("--insecure") { Description = "Do not verify the target's TLS certificate." };
        var seed = new Option<int?>("--seed") { Description = "Seed of the payload pool and Poisson arrivals." };
        var shard = new Option<string>("--shard") { Description = "Run shard i of n (1-based, e.g. 2/3): 1/n of every rate and user count, its own slice of the payloads. Default: JOB_COMPLETION_INDEX (0-based) and HARNESS_SHARD_COUNT of a Kubernetes Indexed Job." };
        var startAt = new Option<string>("--start-at") { Description = "Begin the phases at this time, RFC 3339 (2025-06-01T12:00:00Z) or a delay (+10s); each phase then begins at its planned offset. Needed with several shards." };
        var runId = new Option<string>("--run-id") { Description = "The id all shards of one run share (default: scenario name and the absolute --start-at)." };
        var transport = new Option<TransportKind>("--transport") { Description = "auto (raw sockets sent direct: HTTP/1.1 plain or TLS, HTTP/2 as h2 or h2c; HttpClient through a proxy), raw or httpclient." };
        var metrics = new Option<string>("--metrics") { Description = "Serve the run's metrics for Prometheus at this address, e.g. http://127.0.0.1:9464/metrics (docs/observability.md)." };
        var dashboard = new Option<bool>("--dashboard") { Description = "Serve a live page on 127.0.0.1 (a free port, printed) updated every interval; it shows report.html at the end." };
        var allowUnderstated = new Option<bool>("--allow-understated") { Description = "Judge the run by its thresholds even when its self-check says the load generator was the bottleneck (as harness gate's option; the reports still say so)." };
        var otlp = new Option<string>("--otlp") { Description = "Push the metrics to an OpenTelemetry collector over OTLP/HTTP, e.g. http://127.0.0.1:4318/v1/metrics." };
        var reach = new TargetOptions();
        var command = new Command("load", "Run a load scenario: open or closed workloads, latency from the intended send time, full HDR percentiles.")
        {
            scenario, target, key, token, rate, duration, connections, output, insecure, seed, transport, shard, startAt, runId,
            metrics, dashboard, otlp, allowUnderstated,
        };
        foreach (var option in reach.All)
        {
            command.Options.Add(option);
        }

        command.SetExitCodeAction((parse, ct) => LoadRun.ExecuteAsync(new LoadArguments(
            parse.GetValue(scenario) ?? DefaultScenario,
            parse.GetValue(target),
            parse.GetValue(key),
            parse.GetValue(token),
            parse.GetValue(rate),
            parse.GetValue(duration),
            parse.GetValue(connections),
            parse.GetValue(output) ?? Harness.Runs.RunFolder.DefaultRoot,
            parse.GetValue(insecure),
            parse.GetValue(seed),
            parse.GetValue(transport),
            parse.GetValue(shard),
            parse.GetValue(startAt),
            parse.GetValue(runId),
            parse.GetValue(reach.Header) ?? [],
            reach.Read(parse))
        {
            Metrics = parse.GetValue(metrics),
            Dashboard = parse.GetValue(dashboard),
            Otlp = parse.GetValue(otlp),
            AllowUnderstated = parse.GetValue(allowUnderstated),
        }, Console.Out, ct));
        return command;
    }
}

/// <summary>The parsed options of <c>harness load</c>.</summary>
internal sealed record LoadArguments(
    string Scenario, string? Target, string? Key, string? Token, double? Rate, string? Duration,
    int? Connections, string Out, bool Insecure, int? Seed, TransportKind Transport,
    string? Shard = null, string? StartAt = null, string? RunId = null,
    IReadOnlyList<string>? Headers = null, TargetSwitches? Reach = null)
{
    /// <summary>--allow-understated: a generator that was the bottleneck does not fail the run by itself.</summary>
    public bool AllowUnderstated { get; init; }

    /// <summary>--metrics: the Prometheus scrape address.</summary>
    public string? Metrics { get; init; }

    /// <summary>--dashboard: serve the live page.</summary>
    public bool Dashboard { get; init; }

    /// <summary>--otlp: the OTLP/HTTP metrics endpoint of a collector.</summary>
    public string? Otlp { get; init; }
}
