using Harness.Cli.Commands;
using Harness.Load.Engine;

namespace Harness.Cli.Tests.Hostile;

/// <summary>One real load run folder and one real conformance run folder (against the embedded fake), the seeds the fuzz mutates.</summary>
public sealed class SeedRuns : IAsyncLifetime
{
    public const string Key = "fuzzKey0fuzzKey0fuzzKey0fuzzKey0";

    public string Root { get; } = Directory.CreateTempSubdirectory("cli-run-fuzz-").FullName;

    public string Load { get; private set; } = "";

    public string Conformance { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var scenario = Path.Combine(Root, "seed.json");
        File.WriteAllText(scenario, """
            { "name": "seed", "phases": [ { "type": "constant-rate", "rate": 40, "duration": "1s" } ],
              "payload": { "poolSize": 10, "brokenShare": 0.2 }, "transport": { "connections": 2 },
              "thresholds": [ "p99 < 5s" ] }
            """);
        var output = new StringWriter();
        var exit = await LoadRun.ExecuteAsync(new LoadArguments(scenario, null, null, null, null, null, null, Path.Combine(Root, "seeds-load"), false, null,
            TransportKind.Auto) { AllowUnderstated = true }, output, CancellationToken.None);
        Assert.True(exit == ExitCode.Passed, output.ToString());
        Load = Directory.GetDirectories(Path.Combine(Root, "seeds-load")).Single();

        var conformanceExit = await HarnessCommand.Create().Parse(["conformance", "--key", Key, "--only", "alarmName.*", "--only", "body.size.over-limit",
            "--only", "headers.*", "--only", "route.*", "--out", Path.Combine(Root, "seeds-conformance")]).InvokeAsync();
        Assert.Equal((int)ExitCode.Passed, conformanceExit);
        Conformance = Directory.GetDirectories(Path.Combine(Root, "seeds-conformance")).Single();
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Root, recursive: true);
        return Task.CompletedTask;
    }
}
