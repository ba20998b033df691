using Harness.Reports.Gate;
using System.Text.Json.Nodes;
using Harness.Cli.Commands;

namespace Harness.Cli.Tests.Hostile;

/// <summary>
/// Issue 15: crafted run folders fed to gate, report, merge and replay. None may crash (an exception
/// out of the command), pass a tampered run, print a raw control character, or write outside its
/// own folders.
/// </summary>
public sealed class RunFolderFuzzTests(SeedRuns seeds) : IClassFixture<SeedRuns>
{
    public static TheoryData<string, bool> CraftedCases()
    {
        var data = new TheoryData<string, bool>();
        foreach (var (name, _, _, _) in RunFolderMutations.Crafted)
        {
            data.Add(name, false);
            data.Add(name, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CraftedCases))]
    public async Task Commands_CraftedRunFolder_ExitCleanlyAndNeverPass(string mutation, bool conformance)
    {
        var (_, spoils, change, raw) = RunFolderMutations.Crafted.Single(m => m.Name == mutation);
        var folder = Mutated(conformance ? seeds.Conformance : seeds.Load, $"{mutation}-{(conformance ? "c" : "l")}", raw, change);

        var exits = await RunEveryCommandAsync(folder, conformance);

        Assert.Contains(exits.Gate, new[] { ExitCode.Passed, ExitCode.Failed, ExitCode.UsageError, ExitCode.TargetUnreachable });
        if (spoils.Contains(conformance ? 'c' : 'l', StringComparison.Ordinal))
        {
            Assert.Contains(exits.Gate, new[] { ExitCode.Failed, ExitCode.TargetUnreachable });
        }

        if (conformance && spoils.Contains('r', StringComparison.Ordinal))
        {
            Assert.Equal(ExitCode.UsageError, exits.Replay);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Commands_RandomlySpoiledRunFolders_ExitCleanly(bool conformance)
    {
        for (var seed = 1; seed <= 25; seed++)
        {
            var folder = Mutated(conformance ? seeds.Conformance : seeds.Load, $"random-{seed}-{(conformance ? "c" : "l")}", null,
                run => RunFolderMutations.Random(run, seed, 1 + (seed % 4)));

            var exits = await RunEveryCommandAsync(folder, conformance && seed % 5 == 0);

            Assert.Contains(exits.Gate, new[] { ExitCode.Passed, ExitCode.Failed, ExitCode.UsageError, ExitCode.TargetUnreachable });
        }
    }

    private async Task<(ExitCode Gate, ExitCode Report, ExitCode? Replay)> RunEveryCommandAsync(string folder, bool replay)
    {
        var caseRoot = Path.GetDirectoryName(folder)!;
        var before = Outside(caseRoot);
        var output = new StringWriter();

        var gate = GateCommand.Execute(new GateRequest(folder, null, null, [], false, null), output);
        var report = ReportCommand.Execute(folder, [], output);
        var merge = MergeCommand.Execute([folder, folder], Path.Combine(caseRoot, "merged"), output);
        ExitCode? replayed = null;
        if (replay)
        {
            replayed = (ExitCode)await HarnessCommand.Create()
                .Parse(["conformance", "--replay", folder, "--key", SeedRuns.Key, "--out", Path.Combine(caseRoot, "replayed")]).InvokeAsync();
            Assert.Contains(replayed.Value, new[] { ExitCode.Passed, ExitCode.Failed, ExitCode.UsageError });
        }

        var text = output.ToString();
        Assert.DoesNotContain('\u001b', text);
        Assert.DoesNotContain('\u0007', text);
        Assert.Contains(report, new[] { ExitCode.Passed, ExitCode.TargetUnreachable });
        Assert.Contains(merge, new[] { ExitCode.Passed, ExitCode.UsageError, ExitCode.TargetUnreachable });
        Assert.Equal(before, Outside(caseRoot));
        Assert.Empty(Directory.GetFileSystemEntries(Path.GetDirectoryName(seeds.Root)!, "escape-*"));
        return (gate, report, replayed);
    }

    /// <summary>Every entry under the fuzz root but outside this case's folder: nothing may appear there.</summary>
    private string[] Outside(string caseRoot) =>
        Directory.GetFileSystemEntries(seeds.Root, "*", SearchOption.AllDirectories)
            .Where(p => !p.StartsWith(caseRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal) && p != caseRoot)
            .Order(StringComparer.Ordinal).ToArray();

    private string Mutated(string seed, string name, string? raw, Action<JsonNode>? change)
    {
        var folder = Path.Combine(seeds.Root, "cases", name, "run");
        Copy(seed, folder);
        var path = Path.Combine(folder, "run.json");
        if (raw is not null)
        {
            File.WriteAllText(path, raw);
        }
        else
        {
            var run = JsonNode.Parse(File.ReadAllText(path))!;
            change!(run);
            File.WriteAllText(path, run.ToJsonString());
        }

        return folder;
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
