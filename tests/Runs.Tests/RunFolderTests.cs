using Harness.Runs;

namespace Harness.Runs.Tests;

public sealed class RunFolderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "harness-runs-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Create_SameSecondTwice_NeverReusesAFolder()
    {
        var at = new DateTimeOffset(2026, 11, 27, 6, 30, 5, TimeSpan.Zero);

        var first = RunFolder.Create(_root, "load", "Smoke Test", at);
        var second = RunFolder.Create(_root, "load", "Smoke Test", at);

        Assert.Equal("20261127T063005Z-load-smoke-test", Path.GetFileName(first.Path));
        Assert.Equal("20261127T063005Z-load-smoke-test-2", Path.GetFileName(second.Path));
    }

    [Theory]
    [InlineData("../escape.txt")]
    [InlineData("bodies/../../escape.txt")]
    [InlineData("/tmp/escape.txt")]
    public void Write_NameOutsideTheFolder_ThrowsAndWritesNothing(string name)
    {
        var run = RunFolder.Create(_root, "conformance", "fake", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Throws<ArgumentException>(() => run.Write(name, "x"));

        Assert.False(File.Exists(Path.Combine(_root, "escape.txt")));
    }

    [Fact]
    public void Write_ExistingFile_ReplacesItWholeAndLeavesNoTemporaryFiles()
    {
        var run = RunFolder.Create(_root, "conformance", "fake", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

        run.Write("run.json", "{\"a\":1}");
        run.Write("run.json", "{}");

        Assert.Equal("{}", File.ReadAllText(run.File("run.json")));
        Assert.Single(Directory.GetFiles(run.Path));
    }

    [Fact]
    public void Open_MissingFolder_ThrowsNamingThePath()
    {
        var ex = Assert.Throws<DirectoryNotFoundException>(() => RunFolder.Open(Path.Combine(_root, "nope")));
        Assert.Contains("nope", ex.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
