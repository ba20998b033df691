using System.Text.Json;
using Harness.Load.Scenarios;
using Harness.Load.Sharding;
using Harness.Load.Tests.Scenarios;
using YamlDotNet.RepresentationModel;

namespace Harness.Load.Tests.Sharding;

/// <summary>What can be checked here without a cluster or a container engine: the manifests and the Dockerfile.</summary>
public sealed class DeployManifestTests
{
    private static readonly string Deploy = Path.Combine(RepoPaths.Root, "deploy", "kubernetes");

    [Fact]
    public void Manifests_AllFiles_ParseAsKubernetesObjects()
    {
        var documents = Documents().ToList();
        Assert.NotEmpty(documents);
        Assert.All(documents, d =>
        {
            Assert.False(string.IsNullOrEmpty(Text(d, "apiVersion")));
            Assert.False(string.IsNullOrEmpty(Text(d, "kind")));
        });
    }

    [Fact]
    public void AgentsJob_IndexedWithOneAgentPerShard_RunsHarnessLoadWithTheSharedSettings()
    {
        var job = Object("Job", "harness-agents");
        var run = Object("ConfigMap", "harness-run");
        var spec = Map(job, "spec");
        Assert.Equal("Indexed", Text(spec, "completionMode"));
        var count = Text(Map(run, "data"), ShardEnvironment.CountVariable);
        Assert.Equal(count, Text(spec, "completions"));
        Assert.Equal(count, Text(spec, "parallelism"));

        var pod = Map(Map(spec, "template"), "spec");
        var container = (YamlMappingNode)((YamlSequenceNode)pod.Children["containers"]).Children.Single();
        var args = Strings(container, "args");
        Assert.Equal("load", args[0]);
        Assert.Equal("/results/$(HARNESS_RUN_ID)", args[args.IndexOf("--out") + 1]);
        var envFrom = ((YamlSequenceNode)container.Children["envFrom"]).Children.Cast<YamlMappingNode>()
            .Select(e => Text(Map(e, e.Children.ContainsKey("configMapRef") ? "configMapRef" : "secretRef"), "name")).ToList();
        Assert.Contains("harness-run", envFrom);
        Assert.Contains("harness-key", envFrom);
        foreach (var variable in new[] { "HARNESS_RUN_ID", "HARNESS_START_AT", "HARNESS_TARGET" })
        {
            Assert.True(Map(run, "data").Children.ContainsKey(variable), $"harness-run lacks {variable}");
        }

        Assert.True(StartTime.TryParse(Text(Map(run, "data"), "HARNESS_START_AT"), TimeProvider.System, out _, out var relative, out _) && !relative);

        // The scenario file the agents are given is the one the ConfigMap mounts, and it loads.
        var scenarioPath = args[args.IndexOf("--scenario") + 1];
        var mounts = MountsByPath(container);
        var volume = Volume(pod, mounts[Path.GetDirectoryName(scenarioPath)!]);
        var configMap = Object("ConfigMap", Text(Map(volume, "configMap"), "name"));
        var loaded = ScenarioLoader.Load(Text(Map(configMap, "data"), Path.GetFileName(scenarioPath)));
        Assert.True(loaded.IsValid, string.Join("; ", loaded.Problems));

        Assert.Equal("harness-results", Text(Map(Volume(pod, mounts["/results"]), "persistentVolumeClaim"), "claimName"));
        Assert.Contains("ReadWriteMany", Strings(Map(Object("PersistentVolumeClaim", "harness-results"), "spec"), "accessModes"));
    }

    [Fact]
    public void MergeJob_WaitsMergesAndGates_TheSameRunOnTheSameVolumeAndImage()
    {
        var agents = Map(Map(Map(Object("Job", "harness-agents"), "spec"), "template"), "spec");
        var pod = Map(Map(Map(Object("Job", "harness-merge"), "spec"), "template"), "spec");
        var image = Text((YamlMappingNode)((YamlSequenceNode)agents.Children["containers"]).Children[0], "image");
        var init = ((YamlSequenceNode)pod.Children["initContainers"]).Children.Cast<YamlMappingNode>().ToList();
        var gate = ((YamlSequenceNode)pod.Children["containers"]).Children.Cast<YamlMappingNode>().Single();
        Assert.All(init.Append(gate), c => Assert.Equal(image, Text(c, "image")));
        Assert.Contains("HARNESS_SHARD_COUNT", string.Join(' ', Strings(init[0], "command")), StringComparison.Ordinal);
        var merge = Strings(init[1], "args");
        Assert.Equal(["merge", "/results/$(HARNESS_RUN_ID)", "--out", "/results/$(HARNESS_RUN_ID)-merged"], merge);
        Assert.Equal(["gate", "--run", "/results/$(HARNESS_RUN_ID)-merged"], Strings(gate, "args"));
        Assert.Equal("harness-results", Text(Map(Volume(pod, "results"), "persistentVolumeClaim"), "claimName"));
    }

    [Fact]
    public void Dockerfile_BuildsWithTheSdkAndRunsOnARuntimeImageThatHasEveryFrameworkHarnessNeeds()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "Dockerfile")).Where(l => !l.TrimStart().StartsWith('#')).ToList();
        var froms = lines.Where(l => l.StartsWith("FROM ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, froms.Count);
        Assert.StartsWith("FROM mcr.microsoft.com/dotnet/sdk:10.0", froms[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains("dotnet publish src/Cli -c Release -o /app", StringComparison.Ordinal));
        Assert.Contains("ENTRYPOINT [\"/app/harness\"]", lines);

        // The frameworks the built harness asks for must all be in the runtime stage's image.
        using var config = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "harness.runtimeconfig.json")));
        var frameworks = config.RootElement.GetProperty("runtimeOptions").GetProperty("frameworks").EnumerateArray().Select(f => f.GetProperty("name").GetString()).ToList();
        var runtimeImage = froms[1];
        Assert.Matches(@"^FROM mcr\.microsoft\.com/dotnet/(runtime|aspnet):10\.0$", runtimeImage);
        if (frameworks.Contains("Microsoft.AspNetCore.App"))
        {
            Assert.EndsWith("/aspnet:10.0", runtimeImage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AgentsJob_ScrapeAnnotations_PointAtTheAgentsMetricsEndpoint()
    {
        var template = Map(Map(Object("Job", "harness-agents"), "spec"), "template");
        var annotations = Map(Map(template, "metadata"), "annotations");
        var container = (YamlMappingNode)((YamlSequenceNode)Map(template, "spec").Children["containers"]).Children.Single();
        var args = Strings(container, "args");

        var metrics = new Uri(args[args.IndexOf("--metrics") + 1]);
        Assert.Equal("true", Text(annotations, "prometheus.io/scrape"));
        Assert.Equal(metrics.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), Text(annotations, "prometheus.io/port"));
        Assert.Equal(metrics.AbsolutePath, Text(annotations, "prometheus.io/path"));
        // Reachable from the Prometheus pod: every interface, and the port declared on the container.
        Assert.Equal("0.0.0.0", metrics.Host);
        var port = (YamlMappingNode)((YamlSequenceNode)container.Children["ports"]).Children.Single();
        Assert.Equal(Text(annotations, "prometheus.io/port"), Text(port, "containerPort"));
    }

    private static IEnumerable<YamlMappingNode> Documents()
    {
        foreach (var file in Directory.GetFiles(Deploy, "*.yaml").Order(StringComparer.Ordinal))
        {
            var stream = new YamlStream();
            using var reader = new StreamReader(file);
            stream.Load(reader);
            foreach (var document in stream.Documents)
            {
                yield return (YamlMappingNode)document.RootNode;
            }
        }
    }

    private static YamlMappingNode Object(string kind, string name) =>
        Documents().Single(d => Text(d, "kind") == kind && d.Children.ContainsKey("metadata") && Text(Map(d, "metadata"), "name") == name);

    private static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node.Children[key];

    private static string Text(YamlMappingNode node, string key) => ((YamlScalarNode)node.Children[key]).Value!;

    private static List<string> Strings(YamlMappingNode node, string key) =>
        [.. ((YamlSequenceNode)node.Children[key]).Children.Select(c => ((YamlScalarNode)c).Value!)];

    private static Dictionary<string, string> MountsByPath(YamlMappingNode container) =>
        ((YamlSequenceNode)container.Children["volumeMounts"]).Children.Cast<YamlMappingNode>()
            .ToDictionary(m => Text(m, "mountPath"), m => Text(m, "name"));

    private static YamlMappingNode Volume(YamlMappingNode pod, string name) =>
        ((YamlSequenceNode)pod.Children["volumes"]).Children.Cast<YamlMappingNode>().Single(v => Text(v, "name") == name);
}
