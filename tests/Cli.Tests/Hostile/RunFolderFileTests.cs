using System.Diagnostics;
using Harness.Cli.Commands;
using Harness.Reports.Gate;

namespace Harness.Cli.Tests.Hostile;

/// <summary>
/// Run folders whose files are not plain files of a sane size: a link to /dev/zero, a named pipe, a
/// 3 GiB run.json. report and gate say which file is wrong (exit 3), merge and replay refuse (exit 2);
/// none reads until memory runs out, waits forever or prints a stack trace.
/// </summary>
public sealed class RunFolderFileTests(SeedRuns seeds) : IClassFixture<SeedRuns>
{
    public static TheoryData<string, string, bool> Attacks() => new()
    {
        { "run.json", "link-dev-zero", false },
        { "run.json", "link-dev-zero", true },
        { "run.json", "pipe", false },
        { "run.json", "pipe", true },
        { "run.json", "sparse-3g", false },
        { "run.json", "sparse-3g", true },
        { "timeline.csv", "link-dev-zero", false },
        { "timeline.csv", "pipe", false },
    };

    [Theory]
    [MemberData(nameof(Attacks))]
    public async Task Commands_RunFolderFileThatIsNoPlainFile_RefuseItNamingTheFile(string file, string attack, bool conformance)
    {
        var folder = Copy(conformance ? seeds.Conformance : seeds.Load, $"{file}-{attack}-{(conformance ? "c" : "l")}");
        var path = Path.Combine(folder, file);
        Spoil(path, attack);
        var output = new StringWriter();

        // A regression would block on the pipe or read /dev/zero: the commands run aside, bounded in time.
        var commands = Task.Run(async () =>
        {
            var report = ReportCommand.Execute(folder, ["md"], output);
            var gate = GateCommand.Execute(new GateRequest(folder, null, null, [], false, null), output);
            var merge = MergeCommand.Execute([folder], Path.Combine(folder, "..", "merged"), output);
            var replay = conformance
                ? (ExitCode)await HarnessCommand.Create().Parse(["conformance", "--replay", folder, "--out", Path.Combine(folder, "..", "replayed")]).InvokeAsync()
                : ExitCode.UsageError;
            return (report, gate, merge, replay);
        });
        var finished = await Task.WhenAny(commands, Task.Delay(TimeSpan.FromSeconds(60))) == commands;
        if (!finished && attack == "pipe")
        {
            await using var unblock = new FileStream(path, FileMode.Open, FileAccess.Write);
        }

        Assert.True(finished, $"the commands did not finish on a {attack} {file}: {output}");
        var (reportExit, gateExit, mergeExit, replayExit) = await commands;
        var text = output.ToString();
        Assert.Equal(ExitCode.TargetUnreachable, reportExit);
        Assert.Equal(ExitCode.TargetUnreachable, gateExit);
        Assert.Equal(ExitCode.UsageError, mergeExit);
        Assert.Equal(ExitCode.UsageError, replayExit);
        Assert.Contains(path, text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }

    private static void Spoil(string path, string attack)
    {
        File.Delete(path);
        switch (attack)
        {
            case "link-dev-zero":
                File.CreateSymbolicLink(path, "/dev/zero");
                break;
            case "pipe":
                using (var mkfifo = Process.Start("mkfifo", [path]))
                {
                    mkfifo.WaitForExit();
                }

                break;
            default:
                using (var sparse = new FileStream(path, FileMode.CreateNew))
                {
                    sparse.SetLength(3L * 1024 * 1024 * 1024);
                }

                break;
        }
    }

    private string Copy(string from, string name)
    {
        var to = Path.Combine(seeds.Root, "files", name, "run");
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return Path.GetFullPath(to);
    }
}
