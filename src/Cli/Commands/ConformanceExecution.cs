using Harness.Conformance;
using Harness.Embedded;
using Harness.Runs;

namespace Harness.Cli.Commands;

/// <summary>What <c>harness conformance</c> does once its options are parsed; returns the exit code.</summary>
internal static class ConformanceExecution
{
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
