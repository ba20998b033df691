using Harness.Contract.Targets;
using Harness.Contract.Text;
using Harness.Contract;
using Harness.Embedded;
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

        if (!TryLoadScenario(args, output, out var scenario))
        {
            return ExitCode.UsageError;
        }

        Uri? target = null;
        if (args.Target is not null
            && !HttpUrl.TryParse(args.Target, out target))
        {
            output.WriteLine($"error: --target: '{args.Target}' is not an absolute http:// or https:// address.");
            return ExitCode.UsageError;
        }

        if (args.Token is not null && !args.Token.All(c => c is > ' ' and < (char)127))
        {
            output.WriteLine("error: --token: may hold printable ASCII characters only (no spaces, no accents).");
            return ExitCode.UsageError;
        }

        if (OutputRoot.Problem(args.Out) is { } outProblem)
        {
            output.WriteLine($"error: {outProblem}");
            return ExitCode.UsageError;
        }

        if (target is not null && string.IsNullOrEmpty(args.Key ?? scenario.Target.Key))
        {
            output.WriteLine("error: --target needs --key (the integration key of that receiver).");
            return ExitCode.UsageError;
        }

        var reach = args.Reach ?? new TargetSwitches();
        var reachProblems = new List<string>();
        var headers = HeaderLines.Parse(args.Headers ?? [], reachProblems);
        var proxy = reach.ParseProxy(reachProblems);
        var tls = reach.Tls(args.Insecure || scenario.Target.Insecure);
        if (target is not null)
        {
            var endpoint = new TargetEndpoint { BaseUrl = target, Key = args.Key ?? scenario.Target.Key ?? "", Headers = headers, Tls = tls, HttpVersion = reach.HttpVersion ?? "1.1", Proxy = proxy };
            reachProblems.AddRange(endpoint.Validate());
            if (args.Transport == Harness.Load.Engine.TransportKind.Raw && proxy.For(target) is { } via)
            {
                reachProblems.Add($"--transport raw: the raw transport goes straight to the target, but {proxy.Source} says to use the proxy {TargetProxy.Display(via)}; use --transport auto or httpclient, or --proxy none");
            }
        }

        if (reachProblems.Count > 0)
        {
            output.WriteLine("error: " + string.Join("\nerror: ", reachProblems.Distinct()));
            return ExitCode.UsageError;
        }

        // run.json records the scenario as it was really run: --insecure included.
        scenario = scenario with { Target = scenario.Target with { Insecure = tls.Insecure } };
        var sharding = ShardSetup.Resolve(args.Shard, args.StartAt, args.RunId, scenario.Name, Environment.GetEnvironmentVariables(), TimeProvider.System);
        if (!sharding.IsValid)
        {
            output.WriteLine("error: " + string.Join("\nerror: ", sharding.Problems));
            return ExitCode.UsageError;
        }

        if (Harness.Cli.Observe.RunObservers.Problems(args) is { Count: > 0 } observerProblems)
        {
            output.WriteLine("error: " + string.Join("\nerror: ", observerProblems));
            return ExitCode.UsageError;
        }

        Harness.Cli.Observe.RunObservers observers;
        try
        {
            observers = await Harness.Cli.Observe.RunObservers.StartAsync(args, output, ct).ConfigureAwait(false);
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
        var options = new ScenarioRunOptions
        {
            Target = target,
            Key = args.Key,
            Token = args.Token,
            Tls = tls,
            Headers = headers,
            HttpVersion = reach.HttpVersion,
            Proxy = proxy,
            Transport = args.Transport,
            Run = new LoadRunOptions
            {
                OnInterval = live.OnInterval,
                Telemetry = observers.Telemetry,
                StartAt = sharding.StartAt,
                Shard = sharding.Shard,
            },
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

        if (target is not null && args.Transport == Harness.Load.Engine.TransportKind.Auto && proxy.For(target) is { } proxied)
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
        // report.html, summary.md, junit.xml: exporters over the record as written, not read back from the folder.
        Harness.Reports.LoadReports.Write(folder, LoadRunFiles.Write(folder, result, scenario));
        LoadSummary.Print(result, output);
        output.WriteLine($"Run folder: {folder.Path}");
        await observers.FinishAsync(folder.Path, output).ConfigureAwait(false);
        return LoadVerdict.Report(result, folder.Path, output);
    }

    private static bool TryLoadScenario(LoadArguments args, TextWriter output, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Scenario? scenario)
    {
        scenario = null;
        var path = ResolveScenario(args.Scenario);
        var loaded = ScenarioLoader.LoadFile(path);
        if (!loaded.IsValid)
        {
            output.WriteLine($"error: the scenario {args.Scenario} has {loaded.Problems.Count} problem(s):");
            foreach (var problem in loaded.Problems)
            {
                output.WriteLine($"  {problem}");
            }

            return false;
        }

        TimeSpan? duration = null;
        if (args.Duration is not null)
        {
            if (!DurationText.TryParse(args.Duration, out var parsed, out var error))
            {
                output.WriteLine($"error: --duration: {error}");
                return false;
            }

            duration = parsed;
        }

        // Reshaped here, not by the runner, so that the header and run.json show the scenario as it is sent.
        var reshaping = new ScenarioRunOptions { Rate = args.Rate, Duration = duration, Connections = args.Connections };
        if (!reshaping.TryReshape(loaded.Scenario!, out var applied, out var problems))
        {
            output.WriteLine("error: the overrides do not fit the scenario:");
            foreach (var problem in problems)
            {
                output.WriteLine($"  {problem}");
            }

            return false;
        }

        scenario = args.Seed is { } seed ? applied with { Payload = applied.Payload with { Seed = seed } } : applied;
        return true;
    }

    // The default scenario is found from the working folder, or from the tool's folder upwards (a repo checkout).
    internal static string ResolveScenario(string path)
    {
        if (File.Exists(path) || Path.IsPathRooted(path))
        {
            return path;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, path);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return path;
    }
}
