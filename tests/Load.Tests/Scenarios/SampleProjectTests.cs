using System.Diagnostics;
using System.Text.RegularExpressions;
using Harness.Load.Scenarios;

namespace Harness.Load.Tests.Scenarios;

/// <summary>
/// The sample under samples/LoadTests is documentation that must keep working: build it against
/// the engine this test run already built, run its tests, and expect them all to pass.
/// </summary>
public partial class SampleProjectTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task SampleLoadTests_BuildAndPassAgainstTheEmbeddedFake()
    {
        var project = Path.Combine(RepoPaths.Root, "samples", "LoadTests", "Harness.Samples.LoadTests.csproj");
        Assert.True(File.Exists(project), project);
        var arguments = new List<string> { "test", project, "--nologo", "-nodeReuse:false" };
        // This assembly runs from <artifacts>/bin/<project>/<config>/: build the sample into the same artifacts
        // with the same configuration, reusing the engine already built there, so only the sample compiles.
        var engineDirectory = Path.GetDirectoryName(typeof(Scenario).Assembly.Location)!;
        var configuration = Path.GetFileName(engineDirectory);
        var artifacts = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(engineDirectory)));
        if (artifacts is not null && Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(engineDirectory))) == "bin")
        {
            arguments.AddRange(["-c", configuration.Equals("release", StringComparison.OrdinalIgnoreCase) ? "Release" : "Debug",
                                $"-p:ArtifactsPath={artifacts}", "-p:BuildProjectReferences=false"]);
        }

        var (exitCode, output) = await RunAsync(arguments);

        Assert.True(exitCode == 0, $"dotnet {string.Join(' ', arguments)} exited {exitCode}:{Environment.NewLine}{output}");
        var summary = Summary().Match(output);
        Assert.True(summary.Success, output);
        Assert.Equal("0", summary.Groups["failed"].Value);
        Assert.Equal("3", summary.Groups["passed"].Value);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoPaths.Root,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Bound);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return (-1, $"timed out after {Bound}{Environment.NewLine}{await stdout}{await stderr}");
        }
        return (process.ExitCode, await stdout + await stderr);
    }

    [GeneratedRegex(@"Failed:\s+(?<failed>\d+), Passed:\s+(?<passed>\d+)")]
    private static partial Regex Summary();
}
