using System.Diagnostics;
using System.Text;

namespace Harness.Load.Tests.Sharding;

/// <summary>Runs the built <c>harness</c> (referenced by this project, so it sits beside the tests) as a child process.</summary>
internal static class HarnessProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "harness.dll");

    public static async Task<(int ExitCode, string Output)> RunAsync(IReadOnlyList<string> args, TimeSpan limit)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Only what the test passes: no HARNESS_* or Indexed Job variables from the machine running the tests.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("HARNESS_", StringComparison.Ordinal) || k == "JOB_COMPLETION_INDEX").ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        output.Append(await stdout).Append(await stderr);
        return (process.HasExited ? process.ExitCode : -1, output.ToString());
    }
}
