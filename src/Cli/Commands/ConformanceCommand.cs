using System.CommandLine;
using Harness.Conformance;
using Harness.Embedded;
using Harness.Runs;

namespace Harness.Cli.Commands;

/// <summary>
/// <c>harness conformance</c>: runs the conformance suite against a target (default: the embedded
/// fake), shows live progress, prints the results grouped by field and rule with a curl line per
/// failure, and writes the run folder. <c>--replay RUN_DIR</c> re-sends recorded checks instead.
/// </summary>
internal static class ConformanceCommand
{
    public static Command Create()
    {
        var target = new Option<string>("--target") { Description = "Base URL of the endpoint to check (the route and key are appended). Default: start the embedded fake on a free loopback port." };
        var key = new Option<string>("--key") { Description = "A valid integration key of the target (a secret: shown redacted). Required with --target." };
        var token = new Option<string>("--token") { Description = "X-Auth-Token to send; its absence and a wrong one are then checked to be 401 (a secret)." };
        var reach = new TargetOptions();
        var header = reach.Header;
        var profile = new Option<string>("--profile") { Description = "Hold the target to a reading of the open points: " + ProfileArgument.Help + ". Default: the contract alone decides (deviations on open points are listed, not failed); the embedded fake is held to strict." };
        var writeProfile = new Option<string>("--write-profile") { Description = "Write what the target did on every open point as a profile FILE (JSON, docs/profile.schema.json), for --profile FILE and 'harness fake --profile FILE'." };
        var insecure = new Option<bool>("--insecure") { Description = "Do not verify the target's TLS certificate (explicit opt-in)." };
        var timeout = new Option<string?>("--timeout") { Description = "How long one request may take before it counts as a target error, e.g. 10s, 500ms (default 10s)." };
        var seed = new Option<int?>("--seed") { Description = "Seed of the fuzz cases (default 1)." };
        var only = new Option<string[]>("--only") { Description = "Run only checks whose id matches a glob (* and ?), e.g. 'alarmName.*' (repeatable)." };
        var skip = new Option<string[]>("--skip") { Description = "Skip checks whose id matches a glob (repeatable); they are recorded as skipped." };
        var concurrency = new Option<int?>("--concurrency") { Description = "Checks in flight at once (default 4)." };
        var rps = new Option<double?>("--rps") { Description = "Requests per second at most (default 20 against a remote --target, unlimited on loopback)." };
        var fuzz = new Option<int?>("--fuzz") { Description = "Extra seeded random mutations beyond the catalogue; failing ones are shrunk." };
        var output = new Option<string>("--out") { Description = "Folder for the run folder (default results)." };
        var showSecrets = new Option<bool>("--show-secrets") { Description = "Show keys and tokens in the console's curl lines (never in files)." };
        var replay = new Option<string>("--replay") { Description = "Re-send the checks recorded in RUN_DIR/run.json (those matching --only) instead of the suite." };
        var command = new Command("conformance", "Check an endpoint's answers (status and whole envelope) case by case against the contract.")
        {
            target, key, token, header, profile, writeProfile, insecure, timeout, seed, only, skip, concurrency, rps, fuzz, output, showSecrets, replay,
        };
        foreach (var option in reach.All.Where(o => o != header))
        {
            command.Options.Add(option);
        }

        command.SetExitCodeAction((parse, ct) => ExecuteAsync(new ConformanceArguments(
            parse.GetValue(target),
            parse.GetValue(key),
            parse.GetValue(token),
            parse.GetValue(header) ?? [],
            parse.GetValue(profile),
            parse.GetValue(insecure),
            parse.GetValue(timeout),
            parse.GetValue(seed),
            parse.GetValue(only) ?? [],
            parse.GetValue(skip) ?? [],
            parse.GetValue(concurrency),
            parse.GetValue(rps),
            parse.GetValue(fuzz),
            parse.GetValue(output) ?? Harness.Runs.RunFolder.DefaultRoot,
            parse.GetValue(showSecrets),
            parse.GetValue(replay),
            parse.GetValue(writeProfile),
            reach.Read(parse)), Console.Out, ct));
        return command;
    }

    // What the command does once its options are parsed; returns the exit code.
    public static async Task<ExitCode> ExecuteAsync(ConformanceArguments args, TextWriter output, CancellationToken ct)
    {
        var options = args.ToOptions(out var problems);
        if (args.Replay is not null && !File.Exists(Path.Combine(args.Replay, "run.json")))
        {
            problems.Add($"--replay: '{args.Replay}' holds no run.json (give a conformance run folder)");
        }

        if (OutputRoot.Problem(args.Out) is { } outProblem)
        {
            problems.Add(outProblem);
        }

        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                output.WriteLine($"error: {problem}");
            }

            return ExitCode.UsageError;
        }

        // Ctrl+C: stop sending, keep what was checked, write it marked partial, exit 130.
        using var stop = ConsoleInterrupt.Listen(ct);
        var view = new ConformanceConsole(output);
        view.Announce(options, args.Replay);
        ConformanceRun run;
        try
        {
            var expected = args.Replay is null ? ConformanceSuite.CheckIds(args.Token is not null).Count + options.Fuzz : (int?)null;
            run = await view.ShowProgressAsync(expected, progress => args.Replay is null
                ? ConformanceRuns.RunAsync(options, args.EmbeddedFake, progress, stop.Token)
                : ConformanceRuns.ReplayAsync(args.Replay, options, args.EmbeddedFake, progress, stop.Token)).ConfigureAwait(false);
        }
        catch (TargetUnreachableException ex)
        {
            output.WriteLine($"error: {ex.Message}");
            return ExitCode.TargetUnreachable;
        }
        catch (OperationCanceledException) when (stop.IsRequested)
        {
            output.WriteLine("Interrupted before any check ran: nothing was written.");
            return ExitCode.Interrupted;
        }
        catch (Exception ex) when (args.Replay is not null && ex is System.Text.Json.JsonException or InvalidDataException or ArgumentException)
        {
            output.WriteLine($"error: --replay: {args.Replay}/run.json cannot be replayed ({ex.Message})");
            return ExitCode.UsageError;
        }

        var name = (args.Replay is null ? "" : "replay-") + (run.EmbeddedTarget ? "embedded-fake" : new Uri(run.Target).Host);
        var folder = RunFolder.Create(args.Out, "conformance", name, run.StartedUtc);
        ConformanceReports.Write(run, folder);
        view.PrintResults(run);
        if (run.Connection is { } connection)
        {
            output.WriteLine($"Connection: {connection.Describe()}.");
        }

        output.WriteLine($"Run folder: {folder.Path}");
        if (args.WriteProfile is not null)
        {
            var profileName = Path.GetFileNameWithoutExtension(args.WriteProfile);
            var observed = ConformanceSuite.ObserveProfile(run, profileName.Length == 0 ? "observed" : profileName);
            var from = $"{run.Target} at {run.StartedUtc:u}";
            File.WriteAllBytes(args.WriteProfile, Harness.Contract.ProfileFile.ToUtf8(observed, from));
            output.WriteLine($"Profile written: {args.WriteProfile} (hold a target to it with --profile {args.WriteProfile}; 'harness fake --profile {args.WriteProfile}' answers the same way)");
        }
        return run.Interrupted ? ExitCode.Interrupted : run.Passed ? ExitCode.Passed : ExitCode.Failed;
    }
}
