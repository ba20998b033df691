using Harness.Contract.Targets;
using Harness.Contract.Text;
using Harness.Contract;
using Harness.Embedded;
using Harness.Cli.Observe;
using Harness.Load.Engine;
using Harness.Load.Records;
using Harness.Load.Running;
using Harness.Load.Scenarios;
using Harness.Load.Sharding;
using Harness.Runs;

namespace Harness.Cli.Commands;

/// <summary>What <c>harness load</c> does once its options are parsed; returns the exit code.</summary>
internal static class LoadRun
{
    private const string InlineCompletions = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";

    public static async Task<ExitCode> ExecuteAsync(LoadArguments args, TextWriter output, CancellationToken ct)
    {
        // Socket completions run on the event threads, as in wrk's event loop: measured +3-9% requests/s
        // (results/benchmarks/load.md). Read once, at the process's first socket, which comes later;
        // a value the user set wins.
        if (Environment.GetEnvironmentVariable(InlineCompletions) is null)
        {
            Environment.SetEnvironmentVariable(InlineCompletions, "1");
        }

        var problems = new List<string>();
        LoadScenarioArgument.TryLoad(args, problems, out var scenario);
        Uri? target = null;
        if (args.Target is not null && !HttpUrl.TryParse(args.Target, out target))
        {
            problems.Add($"--target: '{args.Target}' is not an absolute http:// or https:// address");
        }

        if (OutputRoot.Problem(args.Out) is { } outProblem)
        {
            problems.Add(outProblem);
        }

        var reach = args.Reach ?? new TargetSwitches();
        var headers = HeaderLines.Parse(args.Headers ?? [], problems);
        var proxy = reach.ParseProxy(problems);
        var tls = reach.Tls(args.Insecure || scenario?.Target.Insecure == true);
        var options = new ScenarioRunOptions
        {
            Target = target, Key = args.Key, Token = args.Token, Tls = tls, Headers = headers,
            HttpVersion = reach.HttpVersion, Proxy = proxy, Transport = args.Transport,
        };
        var sharding = ShardSetup.Resolve(args.Shard, args.StartAt, args.RunId, scenario?.Name ?? "", Environment.GetEnvironmentVariables(), TimeProvider.System);
        problems.AddRange(options.Problems(scenario).Concat(sharding.Problems).Concat(RunObservers.Problems(args)));
        if (scenario is null || problems.Count > 0)
        {
            output.WriteLine("error: " + string.Join("\nerror: ", problems.Distinct()));
            return ExitCode.UsageError;
        }

        // run.json records the scenario as it was really run: --insecure included.
        scenario = scenario with { Target = scenario.Target with { Insecure = tls.Insecure } };
        RunObservers observers;
        try
        {
            observers = await RunObservers.StartAsync(args, output, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException)
        {
            // The address is taken (Kestrel's AddressInUseException is an InvalidOperationException), or not ours to bind.
            output.WriteLine($"error: --metrics: cannot listen on {args.Metrics}: {ex.Message}");
            return ExitCode.UsageError;
        }

        await using var watchers = observers;
        // Ctrl+C: stop sending, keep what was measured, write it marked partial, exit 130.
        using var stop = ConsoleInterrupt.Listen(ct);
        var live = new LoadLiveView(output);
        output.WriteLine($"Scenario {scenario.Name} ({args.Scenario}): {scenario.Phases.Count} phase(s), planned {(scenario.PlannedDuration is { } d ? DurationText.Format(d) : "until the iterations are done")}.");
        options = options with
        {
            Run = new LoadRunOptions { OnInterval = live.OnInterval, Telemetry = observers.Telemetry, StartAt = sharding.StartAt, Shard = sharding.Shard },
        };
        if (sharding.Shard is { } identity)
        {
            output.WriteLine($"Shard {identity.Spec.Display} of run {identity.RunId}: 1/{identity.Count} of every rate and user count.");
        }

        if (sharding.StartAt is { } startAt)
        {
            output.WriteLine($"Phases begin at {StartTime.Format(startAt)}.");
        }

        if (tls.Insecure)
        {
            output.WriteLine("warning: --insecure: the target's TLS certificate is NOT verified.");
        }

        if (target is not null && args.Transport == TransportKind.Auto && proxy.For(target) is { } proxied)
        {
            output.WriteLine($"notice: {proxy.Source} sends requests through the proxy {TargetProxy.Display(proxied)}: the HttpClient transport is used (the raw transport does not go through proxies; --proxy none goes direct).");
        }

        // On a receiver shared by several agents each one's before/after counts include the others' traffic.
        var embedded = new EmbeddedRunOptions { Log = output.WriteLine, Reconcile = sharding.Shard is not { Count: > 1 } };
        var result = await live.RunAsync(() => LoadRuns.RunAsync(scenario, options, embedded, stop.Token)).ConfigureAwait(false);
        if (result.Unreachable is { } problem)
        {
            output.WriteLine($"error: the target is unreachable as configured: {problem}. Only the pre-flight request was sent.");
            return ExitCode.TargetUnreachable;
        }

        if (result.Connection is { } connection)
        {
            output.WriteLine($"Connection: {connection.Describe()}.");
            if (connection.TlsUntrustedBecause is { } untrusted)
            {
                output.WriteLine($"warning: without --insecure the certificate would not be trusted: {untrusted}.");
            }
        }

        var folder = RunFolder.Create(args.Out, "load", sharding.Shard is { } s ? $"{scenario.Name}-shard{s.Index + 1}of{s.Count}" : scenario.Name, result.StartedUtc);
        // report.html, summary.md, junit.xml and the verdict: exporters over the record as written, not read back from the folder.
        var written = LoadRunFiles.Write(folder, result, scenario);
        Harness.Reports.LoadReports.Write(folder, written);
        LoadSummary.Print(result, output);
        output.WriteLine($"Run folder: {folder.Path}");
        await observers.FinishAsync(folder.Path, output).ConfigureAwait(false);
        return LoadVerdict.Report(written, folder.Path, output, args.AllowUnderstated);
    }
}
