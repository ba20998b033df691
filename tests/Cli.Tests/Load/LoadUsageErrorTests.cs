using Harness.Cli.Commands;
using Harness.Load.Engine;

namespace Harness.Cli.Tests.Load;

/// <summary><c>harness load</c> names every problem of its options at once, before anything is sent or written.</summary>
public sealed class LoadUsageErrorTests
{
    [Fact]
    public async Task ExecuteAsync_SeveralBadOptions_ExitsTwoListingEachOne()
    {
        // --out names a file (the scenario itself): refused before anything could be written into it.
        var scenario = Path.Combine(RepoPaths.Root(), "scenarios", "smoke.json");
        var output = new StringWriter();
        var args = new LoadArguments(scenario, "ftp://127.0.0.1:1/", null, "two words", null, null, null, scenario, false, null, TransportKind.Auto, Shard: "3/2");

        var exit = await LoadRun.ExecuteAsync(args, output, CancellationToken.None);

        var text = output.ToString();
        Assert.Equal(ExitCode.UsageError, exit);
        Assert.Contains("error: --target: 'ftp://127.0.0.1:1/' is not an absolute http:// or https:// address", text, StringComparison.Ordinal);
        Assert.Contains("error: --out: ", text, StringComparison.Ordinal);
        Assert.Contains("error: --token: may hold printable ASCII characters only", text, StringComparison.Ordinal);
        Assert.Contains("'3/2'", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Scenario smoke", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_BadScenarioOptionAndBadTarget_ListsBothAtOnce()
    {
        // The scenario's own options (here --duration) used to be reported alone, hiding the rest until the next try.
        var scenario = Path.Combine(RepoPaths.Root(), "scenarios", "smoke.json");
        var output = new StringWriter();
        var args = new LoadArguments(scenario, "ftp://127.0.0.1:1/", null, null, null, "soon", null, Path.GetTempPath(), false, null, TransportKind.Auto);

        var exit = await LoadRun.ExecuteAsync(args, output, CancellationToken.None);

        var text = output.ToString();
        Assert.Equal(ExitCode.UsageError, exit);
        Assert.Contains("error: --duration: 'soon'", text, StringComparison.Ordinal);
        Assert.Contains("error: --target: 'ftp://127.0.0.1:1/' is not an absolute http:// or https:// address", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_BrokenScenarioFileAndBadTargetAndToken_ListsTheFilesProblemsAndTheOthers()
    {
        var dir = Directory.CreateTempSubdirectory("harness-usage-");
        try
        {
            var scenario = Path.Combine(dir.FullName, "broken.json");
            await File.WriteAllTextAsync(scenario, "{\"name\": \"x\", \"phases\": [], \"rate\": 1, \"rate\": 2}");
            var output = new StringWriter();
            var args = new LoadArguments(scenario, "ftp://127.0.0.1:1/", null, "two words", null, null, null, dir.FullName, false, null, TransportKind.Auto);

            var exit = await LoadRun.ExecuteAsync(args, output, CancellationToken.None);

            var text = output.ToString();
            Assert.Equal(ExitCode.UsageError, exit);
            Assert.Contains($"error: the scenario {scenario} has 1 problem(s):\n  $.rate: appears more than once", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
            Assert.Contains("error: --target: 'ftp://127.0.0.1:1/'", text, StringComparison.Ordinal);
            Assert.Contains("error: --token: may hold printable ASCII characters only", text, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
