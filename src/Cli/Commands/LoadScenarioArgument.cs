using System.Diagnostics.CodeAnalysis;
using Harness.Contract.Text;
using Harness.Load.Running;
using Harness.Load.Scenarios;

namespace Harness.Cli.Commands;

/// <summary>
/// <c>--scenario</c> and the options that reshape it (<c>--rate</c>, <c>--duration</c>, <c>--connections</c>,
/// <c>--seed</c>): the scenario as the run sends it, or its problems added to the command's list (so that they are
/// printed together with every other option's).
/// </summary>
internal static class LoadScenarioArgument
{
    public static bool TryLoad(LoadArguments args, List<string> problems, [NotNullWhen(true)] out Scenario? scenario)
    {
        scenario = null;
        var loaded = ScenarioLoader.LoadFile(Resolve(args.Scenario));
        if (!loaded.IsValid)
        {
            return Fail(problems, $"the scenario {args.Scenario} has {loaded.Problems.Count} problem(s):", loaded.Problems);
        }

        TimeSpan? duration = null;
        if (args.Duration is not null)
        {
            if (!DurationText.TryParse(args.Duration, out var parsed, out var error))
            {
                problems.Add($"--duration: {error}");
                return false;
            }

            duration = parsed;
        }

        // Reshaped here, not by the runner, so that the header and run.json show the scenario as it is sent.
        var reshaping = new ScenarioRunOptions { Rate = args.Rate, Duration = duration, Connections = args.Connections };
        if (!reshaping.TryReshape(loaded.Scenario!, out var applied, out var reshapeProblems))
        {
            return Fail(problems, "the overrides do not fit the scenario:", reshapeProblems);
        }

        scenario = args.Seed is { } seed ? applied with { Payload = applied.Payload with { Seed = seed } } : applied;
        return true;
    }

    // The default scenario is found from the working folder, or from the tool's folder upwards (a repo checkout).
    internal static string Resolve(string path)
    {
        if (File.Exists(path) || Path.IsPathRooted(path))
        {
            return path;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, path);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return path;
    }

    // One entry: the heading, then each problem on its own indented line.
    private static bool Fail(List<string> problems, string heading, IEnumerable<ScenarioProblem> found)
    {
        problems.Add(string.Join("\n  ", found.Select(p => p.ToString()).Prepend(heading)));
        return false;
    }
}
