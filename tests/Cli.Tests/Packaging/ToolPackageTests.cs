using System.Diagnostics;

namespace Harness.Cli.Tests.Packaging;

/// <summary>
/// harness as a .NET tool: pack the Cli (reusing the build these tests run from), install it from
/// that local folder into a temporary tool path, and run it. One test, because packing is slow.
/// </summary>
public sealed class ToolPackageTests
{
    private static readonly TimeSpan StepLimit = TimeSpan.FromMinutes(3);

    [Fact]
    public void PackInstallRun_LocalPackage_VersionAndConformanceAgainstTheEmbeddedFake()
    {
        var temp = Path.Combine(Path.GetTempPath(), "harness-tool-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(temp);
        try
        {
            // The tests run from <ArtifactsPath>/bin/Harness.Cli.Tests/<configuration>/: pack from that same build.
            var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = output.Name.StartsWith("release", StringComparison.OrdinalIgnoreCase) ? "Release" : "Debug";
            var artifacts = output.Parent!.Parent!.Parent!.FullName;
            var packages = Path.Combine(temp, "packages");
            Run("dotnet", ["pack", Path.Combine(RepoPaths.Root(), "src", "Cli"), "-c", configuration, "--no-build", "-nologo",
                $"-p:ArtifactsPath={artifacts}", "-o", packages], temp, expectExit: 0);
            Assert.Single(Directory.GetFiles(packages, "Harness.Tool.*.nupkg"));

            // Only the local folder as a source: no registry is asked for our own package.
            var config = Path.Combine(temp, "nuget.config");
            File.WriteAllText(config, "<configuration><packageSources><clear /></packageSources></configuration>");
            var tools = Path.Combine(temp, "tools");
            Run("dotnet", ["tool", "install", "Harness.Tool", "--tool-path", tools, "--add-source", packages, "--configfile", config], temp, expectExit: 0);

            var harness = Path.Combine(tools, OperatingSystem.IsWindows() ? "harness.exe" : "harness");
            var version = Run(harness, ["--version"], temp, expectExit: 0);
            Assert.StartsWith("0.1.0", version.Trim(), StringComparison.Ordinal);

            var results = Path.Combine(temp, "results");
            var conformance = Run(harness, ["conformance", "--out", results], temp, expectExit: 0);
            var run = Assert.Single(Directory.GetDirectories(results));
            Assert.True(File.Exists(Path.Combine(run, "run.json")), conformance);
            Assert.True(File.Exists(Path.Combine(run, "junit.xml")), conformance);
        }
        finally
        {
            try
            {
                Directory.Delete(temp, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static string Run(string file, string[] args, string workingDirectory, int expectExit)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(StepLimit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{file} {string.Join(' ', args)} took longer than {StepLimit.TotalMinutes} minutes");
        }

        var text = stdout.Result + stderr.Result;
        Assert.True(process.ExitCode == expectExit, $"{file} {string.Join(' ', args)} exited {process.ExitCode}:\n{text}");
        return text;
    }
}
