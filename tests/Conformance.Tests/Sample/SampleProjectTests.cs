using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Harness.Conformance.Tests.Sample;

public sealed class SampleProjectTests
{
    [Fact]
    public async Task Sample_DotnetTest_BuildsAndPassesAgainstTheEmbeddedFake()
    {
        var sample = Path.Combine(RepositoryRoot(), "samples", "ConformanceSample");
        // Reuse this build's artifacts (…/bin/Harness.Conformance.Tests/<config>/) so only the sample compiles.
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var artifacts = testBin.Parent!.Parent!.Parent!.FullName;
        var configuration = testBin.Name.StartsWith("release", StringComparison.OrdinalIgnoreCase) ? "Release" : "Debug";
        var start = new ProcessStartInfo("dotnet", ["test", sample, "-c", configuration, $"-p:ArtifactsPath={artifacts}", "--nologo"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var variable in new[] { "COC_TARGET", "COC_KEY", "COC_PROFILE" })
        {
            start.Environment.Remove(variable);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var output = await stdout + await stderr;
        Assert.True(process.ExitCode == 0, output);
        Assert.Contains("Passed!", output, StringComparison.Ordinal);
        Assert.Contains("Passed:     3", output, StringComparison.Ordinal);
    }

    private static string RepositoryRoot([CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", ".."));
}
