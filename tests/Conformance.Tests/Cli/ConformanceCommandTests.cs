namespace Harness.Conformance.Tests.Cli;

public sealed class ConformanceCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("conformance-cli-").FullName;

    [Fact]
    public async Task Conformance_NoTarget_ChecksTheEmbeddedFakeWritesTheRunFolderAndExits0()
    {
        var summary = Path.Combine(_root, "step-summary.md");
        var (exit, output) = await HarnessProcess.RunAsync(_root, "conformance", "--out", "out");

        Assert.True(exit == 0, output);
        Assert.Contains("embedded fake", output, StringComparison.Ordinal);
        Assert.Contains("PASSED", output, StringComparison.Ordinal);
        var folder = Assert.Single(Directory.GetDirectories(Path.Combine(_root, "out")));
        Assert.Contains("-conformance-embedded-fake", folder, StringComparison.Ordinal);
        foreach (var file in new[] { "run.json", "junit.xml", "summary.md", "report.html" })
        {
            Assert.True(File.Exists(Path.Combine(folder, file)), file);
        }

        Assert.False(File.Exists(summary));
    }

    [Fact]
    public async Task Conformance_GitHubStepSummarySet_AppendsTheSummaryToIt()
    {
        var summary = Path.Combine(_root, "step-summary.md");
        File.WriteAllText(summary, "earlier step\n");

        var (exit, output) = await HarnessProcess.RunAsync(_root, new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = summary },
            "conformance", "--only", "spec.example", "--out", "out");

        Assert.True(exit == 0, output);
        var text = File.ReadAllText(summary);
        Assert.StartsWith("earlier step\n", text, StringComparison.Ordinal);
        Assert.Contains("## Conformance: PASSED", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Conformance_UnreachableTarget_Exits3WithOneClearMessage()
    {
        var (exit, output) = await HarnessProcess.RunAsync(_root, "conformance", "--target", "http://127.0.0.1:1/", "--key", "abcdefghijklmnopqrstuvwxyz012345", "--out", "out");

        Assert.True(exit == 3, output);
        Assert.Contains("unreachable", output, StringComparison.Ordinal);
        Assert.DoesNotContain("FAIL ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("abcdefghijklmnop", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Conformance_BadOptions_Exits2NamingEveryProblem()
    {
        var (exit, output) = await HarnessProcess.RunAsync(_root, "conformance", "--target", "http://127.0.0.1:1/", "--concurrency", "0", "--rps", "-1");

        Assert.True(exit == 2, output);
        Assert.Contains("--key", output, StringComparison.Ordinal);
        Assert.Contains("--concurrency", output, StringComparison.Ordinal);
        Assert.Contains("--rps", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Conformance_WrongProfileAgainstTheFake_Exits1AndPrintsExpectedActualAndCurl()
    {
        // The embedded fake runs in the suite's profile, so a failing run needs a target of the other profile.
        await using var fake = await Harness.Fakes.FakeReceiver.StartAsync(new Harness.Fakes.FakeReceiverOptions { Profile = Contract.Profile.Lenient });
        var (exit, output) = await HarnessProcess.RunAsync(_root, "conformance", "--target", fake.BaseAddress.ToString(), "--key", fake.Keys[0],
            "--only", "probe.*", "--profile", "strict", "--out", "out");

        Assert.True(exit == 1, output);
        Assert.Contains("DEVIATION probe.enum.lowercase (RuleNotEnforced)", output, StringComparison.Ordinal);
        Assert.Contains("deviates from profile strict (its answer matches lenient", output, StringComparison.Ordinal);
        Assert.Contains("expected: 400 COC.00000001", output, StringComparison.Ordinal);
        Assert.Contains("actual:   200", output, StringComparison.Ordinal);
        Assert.Contains("curl -sS -i -w '\\n' -X POST", output, StringComparison.Ordinal);
        Assert.DoesNotContain(fake.Keys[0], output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Conformance_Replay_ResendsTheRecordedCase()
    {
        var (first, output) = await HarnessProcess.RunAsync(_root, "conformance", "--only", "key.*", "--out", "out");
        Assert.True(first == 0, output);
        var folder = Assert.Single(Directory.GetDirectories(Path.Combine(_root, "out")));

        var (exit, replayed) = await HarnessProcess.RunAsync(_root, "conformance", "--replay", folder, "--only", "key.unknown", "--out", "replays");

        Assert.True(exit == 0, replayed);
        Assert.Contains("Replaying", replayed, StringComparison.Ordinal);
        Assert.Contains("(1 conform, ", replayed, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
