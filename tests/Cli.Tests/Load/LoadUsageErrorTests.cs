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
}
