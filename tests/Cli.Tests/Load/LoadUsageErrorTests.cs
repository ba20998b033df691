using Harness.Cli.Commands;
using Harness.Load.Engine;

namespace Harness.Cli.Tests.Load;

/// <summary><c>harness load</c> names every problem of its options at once, before anything is sent or written.</summary>
public sealed class LoadUsageErrorTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "cli-load-usage-" + Guid.NewGuid().ToString("N"));

    public LoadUsageErrorTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task ExecuteAsync_SeveralBadOptions_ExitsTwoListingEachOne()
    {
        var file = Path.Combine(_dir, "a-file");
        File.WriteAllText(file, "");
        var output = new StringWriter();
        var args = new LoadArguments(Path.Combine(RepoPaths.Root(), "scenarios", "smoke.json"), "ftp://127.0.0.1:1/", null, "two words",
            null, null, null, file, false, null, TransportKind.Auto, Shard: "3/2");

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
