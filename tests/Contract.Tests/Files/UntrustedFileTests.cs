using System.Diagnostics;
using Harness.Contract.Files;

namespace Harness.Contract.Tests.Files;

public sealed class UntrustedFileTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("harness-untrusted-").FullName;

    [Fact]
    public void ReadAllBytes_LinkToDevZero_IsRefusedNamingTheFile()
    {
        var path = Path.Combine(_root, "run.json");
        File.CreateSymbolicLink(path, "/dev/zero");

        var error = Assert.Throws<InvalidDataException>(() => UntrustedFile.ReadAllBytes(path, 1024));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("symbolic link", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadAllBytes_LinkToAFileOutside_IsRefused()
    {
        var path = Path.Combine(_root, "timeline.csv");
        File.CreateSymbolicLink(path, "/etc/passwd");

        Assert.Throws<InvalidDataException>(() => UntrustedFile.ReadAllBytes(path, 1 << 20));
    }

    [Fact]
    public async Task ReadAllBytes_NamedPipe_IsRefusedWithoutWaitingForAWriter()
    {
        var path = Path.Combine(_root, "run.json");
        using (var mkfifo = Process.Start("mkfifo", [path]))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        // Opening a pipe blocks until someone writes: the read runs on the side so a regression fails rather than hangs.
        var read = Task.Run(() => UntrustedFile.ReadAllBytes(path, 1024));
        var finished = await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(10))) == read;
        if (!finished)
        {
            using var unblock = new FileStream(path, FileMode.Open, FileAccess.Write);
        }

        Assert.True(finished, "reading a named pipe waited for a writer");
        var error = await Assert.ThrowsAsync<InvalidDataException>(() => read);
        Assert.Contains("not a plain file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadAllBytes_LargerThanTheLimit_IsRefusedBySizeUnread()
    {
        var path = Path.Combine(_root, "run.json");
        using (var sparse = new FileStream(path, FileMode.CreateNew))
        {
            sparse.SetLength(3L * 1024 * 1024 * 1024); // 3 GiB, sparse: nothing is written or read
        }

        var error = Assert.Throws<InvalidDataException>(() => UntrustedFile.ReadAllBytes(path, 64L * 1024 * 1024));

        Assert.Contains("3 GiB, more than the 64 MiB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadAllBytes_PlainFileWithinTheLimit_ReadsIt()
    {
        var path = Path.Combine(_root, "run.json");
        File.WriteAllText(path, "{\"kind\":\"load\"}");

        Assert.Equal(File.ReadAllBytes(path), UntrustedFile.ReadAllBytes(path, 15));
        Assert.Throws<InvalidDataException>(() => UntrustedFile.ReadAllBytes(path, 14));
    }

    [Fact]
    public void ReadAllBytes_Missing_IsFileNotFound() =>
        Assert.Throws<FileNotFoundException>(() => UntrustedFile.ReadAllBytes(Path.Combine(_root, "none.json"), 10));

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
