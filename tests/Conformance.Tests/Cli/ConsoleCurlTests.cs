using System.Text;
using Harness.Conformance.Tests.Reports;
using Harness.TestKit;
using Xunit.Abstractions;

namespace Harness.Conformance.Tests.Cli;

/// <summary>The curl lines as the console prints them: copied as they stand, they must re-send the request.</summary>
public sealed class ConsoleCurlTests(ITestOutputHelper output)
{
    private const string Key = "ConsoleCurlKey0123456789abcdefgh";

    [Fact]
    public async Task Conformance_FailuresInTheConsole_EachCurlLineIsOneLineThatReproducesTheAnswer()
    {
        // The Python receiver deviates from strict on routes, unknown members, enum case: failures with long bodies.
        await using var receiver = await PythonReceiver.StartAsync(Key);
        var root = Directory.CreateTempSubdirectory("conformance-curl-").FullName;

        var (exit, console) = await HarnessProcess.RunAsync(root, "conformance", "--target", PythonReceiver.BaseAddress(receiver).ToString(),
            "--key", Key, "--profile", "strict", "--show-secrets", "--rps", "100000", "--out", "out",
            "--only", "unknown-fields.*", "--only", "alarmLevel.enum.*", "--only", "route.*");

        output.WriteLine(console);
        Assert.True(exit == 1, console);
        var blocks = Reproductions(console);
        Assert.True(blocks.Count >= 5, console);
        foreach (var (status, lines) in blocks)
        {
            Assert.All(lines, l => Assert.Matches("^(printf -- '.*' \\| )?curl .*--data-binary @-$", l));
            var result = await CurlCommandTests.Bash(string.Join("\n", lines));
            var answered = Encoding.UTF8.GetString(result.Stdout).Split('\n').Last(l => l.StartsWith("HTTP/", StringComparison.Ordinal));
            Assert.True(answered.Split(' ')[1] == status, $"{string.Join("\n", lines)}\nanswered {answered}, the run saw {status}\n{result.Stderr}");
        }

        Directory.Delete(root, recursive: true);
    }

    // Each failure: its "actual:" status and the lines under "reproduce:" (four spaces in) up to the blank line.
    private static List<(string Status, List<string> Lines)> Reproductions(string console)
    {
        var blocks = new List<(string, List<string>)>();
        var lines = console.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i] != "  reproduce:")
            {
                continue;
            }

            var status = lines.Take(i).Last(l => l.StartsWith("  actual:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
            var block = lines.Skip(i + 1).TakeWhile(l => l.Length > 0).ToList();
            Assert.All(block, l => Assert.StartsWith("    ", l, StringComparison.Ordinal));
            blocks.Add((status, block.Select(l => l[4..]).ToList()));
        }

        return blocks;
    }
}
