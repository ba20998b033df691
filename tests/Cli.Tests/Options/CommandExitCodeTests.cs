using Harness.Cli;

namespace Harness.Cli.Tests.Options;

/// <summary>
/// Each command's action must hand its <see cref="ExitCode"/> to the process: bound to the void
/// overload of SetAction, it would exit 0 whatever went wrong.
/// </summary>
public sealed class CommandExitCodeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("harness-exit-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<string[], int> Failures() => new()
    {
        { ["gate", "--run", "{missing}"], (int)ExitCode.TargetUnreachable },
        { ["report", "{missing}"], (int)ExitCode.TargetUnreachable },
        { ["merge", "{missing}", "{missing}", "--out", "{out}"], (int)ExitCode.UsageError },
        { ["load", "--scenario", "{missing}"], (int)ExitCode.UsageError },
        { ["conformance", "--replay", "{missing}"], (int)ExitCode.UsageError },
        { ["fake", "--latency", "bogus"], (int)ExitCode.UsageError },
        { ["fake", "--self-test", "--latency", "bogus"], (int)ExitCode.UsageError },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task InvokeAsync_CommandFails_ReturnsItsExitCode(string[] args, int expected)
    {
        var resolved = args.Select(a => a.Replace("{missing}", Path.Combine(_dir, "missing"), StringComparison.Ordinal)
            .Replace("{out}", Path.Combine(_dir, "out"), StringComparison.Ordinal)).ToArray();

        var exit = await HarnessCommand.Create().Parse(resolved).InvokeAsync(
            new System.CommandLine.InvocationConfiguration { Output = TextWriter.Null, Error = TextWriter.Null });

        Assert.Equal(expected, exit);
    }
}
