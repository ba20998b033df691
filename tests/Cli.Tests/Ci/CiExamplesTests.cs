using System.CommandLine;
using YamlDotNet.RepresentationModel;

namespace Harness.Cli.Tests.Ci;

/// <summary>
/// The CI examples in docs/ci parse as YAML, have the structure their CI expects, and only call
/// harness subcommands and options that exist, so they do not rot as the command changes.
/// </summary>
public sealed class CiExamplesTests
{
    private static YamlMappingNode Load(string name)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(RepoPaths.Root(), "docs", "ci", name))));
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    [Fact]
    public void GithubActions_Workflow_HasJobsStepsArtifactJunitAndGate()
    {
        var root = Load("github-actions.yml");
        Assert.NotNull(Get(root, "on"));
        var jobs = Assert.IsType<YamlMappingNode>(Get(root, "jobs"));
        var job = Assert.IsType<YamlMappingNode>(Assert.Single(jobs.Children).Value);
        Assert.NotNull(Get(job, "runs-on"));
        var env = Assert.IsType<YamlMappingNode>(Get(job, "env"));
        Assert.Contains("secrets.", Get(env, "HARNESS_TARGET")!.ToString(), StringComparison.Ordinal);
        var steps = Assert.IsType<YamlSequenceNode>(Get(job, "steps")).Children.Cast<YamlMappingNode>().ToArray();
        Assert.All(steps, s => Assert.True(Get(s, "run") is not null || Get(s, "uses") is not null));
        var upload = steps.Single(s => Get(s, "uses")?.ToString().StartsWith("actions/upload-artifact", StringComparison.Ordinal) == true);
        Assert.Contains("report.html", Get((YamlMappingNode)Get(upload, "with")!, "path")!.ToString(), StringComparison.Ordinal);
        Assert.Contains(steps, s => Get(s, "with") is YamlMappingNode w && Get(w, "report_paths")?.ToString().Contains("junit.xml", StringComparison.Ordinal) == true);
        var scripts = steps.Select(s => Get(s, "run")?.ToString()).OfType<string>().ToArray();
        AssertHarnessCalls(scripts, "conformance", "load", "gate");
    }

    [Fact]
    public void GitlabCi_Job_HasScriptJunitReportAndArtifacts()
    {
        var root = Load("gitlab-ci.yml");
        var job = Assert.IsType<YamlMappingNode>(Get(root, "harness"));
        var scripts = Assert.IsType<YamlSequenceNode>(Get(job, "script")).Children.Select(c => c.ToString()).ToArray();
        var artifacts = Assert.IsType<YamlMappingNode>(Get(job, "artifacts"));
        Assert.Equal("always", Get(artifacts, "when")!.ToString());
        var reports = Assert.IsType<YamlMappingNode>(Get(artifacts, "reports"));
        Assert.Contains("junit.xml", Get(reports, "junit")!.ToString(), StringComparison.Ordinal);
        AssertHarnessCalls(scripts, "conformance", "load", "gate");
    }

    private static void AssertHarnessCalls(IEnumerable<string> scripts, params string[] required)
    {
        var root = HarnessCommand.Create();
        var calls = scripts.SelectMany(s => s.Split('\n')).Select(l => l.Trim())
            .Where(l => l.StartsWith("harness ", StringComparison.Ordinal)).ToArray();
        foreach (var name in required)
        {
            Assert.Contains(calls, c => c.Split(' ')[1] == name);
        }

        foreach (var call in calls)
        {
            var words = call.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var command = root.Subcommands.SingleOrDefault(c => c.Name == words[1]);
            Assert.True(command is not null, $"'{call}': harness has no subcommand '{words[1]}'");
            foreach (var option in words.Where(w => w.StartsWith("--", StringComparison.Ordinal)))
            {
                Assert.True(command.Options.Any(o => o.Name == option || o.Aliases.Contains(option)), $"'{call}': harness {command.Name} has no option {option}");
            }
        }
    }
}
