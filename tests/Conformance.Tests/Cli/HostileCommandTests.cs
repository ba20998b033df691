using Harness.TestKit;

namespace Harness.Conformance.Tests.Cli;

/// <summary><c>harness conformance</c> against hostile targets and with bad options, as a process (issue 15).</summary>
public sealed class HostileCommandTests : IDisposable
{
    private const string Key = "hostileKey0hostileKey0hostile000";
    private readonly string _root = Directory.CreateTempSubdirectory("conformance-hostile-").FullName;

    private static Task<(int ExitCode, string Output)> Run(string root, HostileTarget target, params string[] more) =>
        HarnessProcess.RunAsync(root, ["conformance", "--target", target.BaseAddress.ToString(), "--key", Key, .. more]);

    [Fact]
    public async Task Conformance_TargetSendsTerminalEscapes_PrintsThemAsTextNeverRaw()
    {
        await using var target = new HostileTarget(HostileMode.Ansi);

        var (exit, output) = await Run(_root, target, "--only", "alarmName.*", "--out", "out");

        Assert.True(exit == 1, output);
        Assert.DoesNotContain('\u001b', output);
        Assert.DoesNotContain('\u0007', output);
        Assert.DoesNotContain('\u009b', output);
        Assert.Contains("\\x1B]0;pwned\\x07", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Conformance_TargetSendsHtmlAndImages_SummaryMdIsInert()
    {
        await using var target = new HostileTarget(HostileMode.Html);
        var summary = Path.Combine(_root, "step-summary.md");

        var (exit, output) = await HarnessProcess.RunAsync(_root, new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = summary },
            "conformance", "--target", target.BaseAddress.ToString(), "--key", Key, "--only", "alarmName.*", "--out", "out");

        Assert.True(exit == 1, output);
        var text = File.ReadAllText(summary);
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt;", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", text, StringComparison.Ordinal);
        Assert.DoesNotContain("![t]", text, StringComparison.Ordinal);
        Assert.Contains("\\!\\[t\\](https://evil.example/t.png)", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\0', text);
        Assert.DoesNotContain('\u001b', text);
    }

    [Fact]
    public async Task Conformance_ErrorCodeNotUnicode_FinishesWithAVerdictAndARunFolder()
    {
        await using var target = new HostileTarget(HostileMode.InvalidUtf8);

        var (exit, output) = await Run(_root, target, "--only", "alarmName.*", "--out", "out");

        Assert.True(exit == 1, output);
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Assert.Single(Directory.GetDirectories(Path.Combine(_root, "out"))), "run.json")));
    }

    [Theory]
    [InlineData("/dev/null", "is a file, not a folder")]
    [InlineData("/proc/harness/out", "cannot create run folders")]
    public async Task Conformance_OutputFolderUnusable_Exits2BeforeTheFirstRequest(string outPath, string message)
    {
        await using var target = new HostileTarget(HostileMode.Slow);

        var (exit, output) = await Run(_root, target, "--out", outPath);

        Assert.True(exit == 2, output);
        Assert.Contains(message, output, StringComparison.Ordinal);
        Assert.Equal(0, target.Requests);
    }

    [Fact]
    public async Task Conformance_OutputIsAFile_Exits2BeforeTheFirstRequest()
    {
        await using var target = new HostileTarget(HostileMode.Slow);
        File.WriteAllText(Path.Combine(_root, "a-file"), "x");

        var (exit, output) = await Run(_root, target, "--out", "a-file");

        Assert.True(exit == 2, output);
        Assert.Equal(0, target.Requests);
    }

    [Fact]
    public async Task Conformance_NonAsciiToken_Exits2NamingTheOption()
    {
        await using var target = new HostileTarget(HostileMode.Slow);

        var (exit, output) = await Run(_root, target, "--token", "tökén", "--out", "out");

        Assert.True(exit == 2, output);
        Assert.Contains("--token: may hold printable ASCII characters only", output, StringComparison.Ordinal);
        Assert.Equal(0, target.Requests);
    }

    [Fact]
    public async Task Conformance_ReplayWithoutBodiesFolder_Exits2WithAClearMessage()
    {
        var (recorded, recordOutput) = await HarnessProcess.RunAsync(_root, "conformance", "--only", "body.size.over-limit", "--out", "rec");
        Assert.True(recorded == 0, recordOutput);
        var folder = Assert.Single(Directory.GetDirectories(Path.Combine(_root, "rec")));
        Directory.Delete(Path.Combine(folder, "bodies"), recursive: true);

        var (exit, output) = await HarnessProcess.RunAsync(_root, "conformance", "--replay", folder, "--key", Key, "--out", "out");

        Assert.True(exit == 2, output);
        Assert.Contains("is missing from", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
