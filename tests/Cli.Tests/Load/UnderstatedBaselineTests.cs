using Harness.Reports.Gate;
using Harness.Cli.Commands;
using Harness.Load.Engine;

namespace Harness.Cli.Tests.Load;

public sealed class UnderstatedBaselineTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "cli-understated-" + Guid.NewGuid().ToString("N"));

    public UnderstatedBaselineTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Execute_RunMarkedUnderstated_GateFailsAndNeverSavesItAsBaseline()
    {
        var scenario = Path.Combine(_dir, "tiny.json");
        File.WriteAllText(scenario, """{ "name": "tiny", "phases": [ { "type": "constant-rate", "rate": 20, "duration": "500ms" } ], "payload": { "poolSize": 5 } }""");
        var load = new LoadArguments(scenario, null, null, null, null, null, null, Path.Combine(_dir, "results"), false, null, TransportKind.Auto) { AllowUnderstated = true };
        Assert.Equal(ExitCode.Passed, await LoadRun.ExecuteAsync(load, new StringWriter(), CancellationToken.None));
        var folder = Directory.GetDirectories(Path.Combine(_dir, "results")).Single();
        var runJson = Path.Combine(folder, "run.json");
        // As the self-check writes it when the generator was the bottleneck.
        File.WriteAllText(runJson, File.ReadAllText(runJson).Replace("\"understated\": false", "\"understated\": true", StringComparison.Ordinal));
        var baseline = Path.Combine(_dir, "baseline");

        var strict = new StringWriter();
        var strictExit = GateCommand.Execute(new GateRequest(folder, null, null, [], true, baseline), strict);
        var allowed = new StringWriter();
        var allowedExit = GateCommand.Execute(new GateRequest(folder, null, null, [], true, baseline, AllowUnderstated: true), allowed);

        Assert.True(strictExit == ExitCode.Failed, strict.ToString());
        Assert.Contains("load generator was the bottleneck", strict.ToString(), StringComparison.Ordinal);
        Assert.True(allowedExit == ExitCode.Passed, allowed.ToString());
        Assert.Contains("Baseline NOT saved", allowed.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(baseline));
    }
}
