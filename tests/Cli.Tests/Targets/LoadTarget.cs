using System.Text.Json;
using Harness.Cli.Commands;
using Harness.Load.Engine;

namespace Harness.Cli.Tests.Targets;

/// <summary>Runs <c>harness load</c> in-process against a real target with a small iterations scenario, and reads what it wrote.</summary>
internal sealed class LoadTarget : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "cli-load-target-" + Guid.NewGuid().ToString("N"));

    public LoadTarget()
    {
        Directory.CreateDirectory(_dir);
        File.WriteAllText(ScenarioPath, """
            {
              "name": "targets",
              "phases": [ { "type": "iterations", "count": 40, "concurrency": 4, "maxDuration": "20s" } ],
              "payload": { "poolSize": 20 },
              "transport": { "connections": 4, "requestTimeout": "3s", "maxInFlight": 8 }
            }
            """);
    }

    public string ScenarioPath => Path.Combine(_dir, "targets.json");

    public string Output { get; private set; } = "";

    public async Task<ExitCode> RunAsync(string target, string key, bool insecure = false, IReadOnlyList<string>? headers = null,
        TargetSwitches? reach = null, TransportKind transport = TransportKind.Auto)
    {
        var output = new StringWriter();
        var args = new LoadArguments(ScenarioPath, target, key, null, null, null, null, Path.Combine(_dir, "results"), insecure, null, transport,
            Headers: headers, Reach: reach);
        var exit = await LoadRun.ExecuteAsync(args, output, CancellationToken.None);
        Output = output.ToString();
        return exit;
    }

    /// <summary>Fails with the whole console output when it does not contain <paramref name="text"/>.</summary>
    public void AssertSaid(string text) => Assert.True(Output.Contains(text, StringComparison.Ordinal), $"expected '{text}' in:\n{Output}");

    /// <summary>The run.json text of the (only) run written.</summary>
    public string RunJsonText() =>
        File.ReadAllText(Path.Combine(Directory.GetDirectories(Path.Combine(_dir, "results")).Single(), "run.json"));

    public JsonElement RunJson() => JsonDocument.Parse(RunJsonText()).RootElement;

    public bool WroteRun => Directory.Exists(Path.Combine(_dir, "results")) && Directory.GetDirectories(Path.Combine(_dir, "results")).Length > 0;

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
