using Harness.Load.Records;
using System.Text.Json;
using Harness.Load.Phases;
using Harness.Embedded;
using Harness.Load.Scenarios;
using Harness.Runs;

namespace Harness.Load.Tests.Phases;

/// <summary>A phase type defined in one file outside the engine runs end to end: validated, run, recorded.</summary>
public class StepRatePhaseTests
{
    private static StepRatePhase Steps(params double[] rates) =>
        new() { Name = "steps", Rates = rates, Step = TimeSpan.FromMilliseconds(500), Duration = TimeSpan.FromMilliseconds(500 * rates.Length) };

    [Fact]
    public async Task RunAsync_TestOnlyPhaseType_SendsItsProfileAndIsRecorded()
    {
        var scenario = Scenario.Create("steps").Phase(Steps(20, 60)).Payload(poolSize: 10).Transport(connections: 4).Build();

        var result = await LoadRuns.RunAsync(scenario);

        var phase = Assert.Single(result.Phases);
        Assert.Equal("steps", phase.Name);
        Assert.Equal(PhaseKind.Open, phase.Kind);
        Assert.Equal(40, result.Measured.Sent);
        Assert.Equal(40, phase.TargetPerSecond!.Value, 6);
        Assert.True(result.Measured.AccountingHolds);

        var root = Path.Combine(Path.GetTempPath(), "step-phase-" + Guid.NewGuid().ToString("N"));
        try
        {
            var folder = RunFolder.Create(root, "load", scenario.Name, result.StartedUtc);
            LoadRunFiles.Write(folder, result, scenario);
            Assert.Contains("\"step-rate\"", File.ReadAllText(folder.File("run.json")), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Json_TestOnlyPhaseType_RoundTripsThroughTheBinding()
    {
        var scenario = Scenario.Create("steps").Phase(Steps(5, 0, 10)).Build();

        var json = ScenarioWriter.ToJson(scenario);
        var again = JsonSerializer.Deserialize<Scenario>(json, ScenarioJson.Options);

        Assert.Contains("\"type\": \"step-rate\"", json, StringComparison.Ordinal);
        Assert.Equal(scenario, again);
    }

    [Fact]
    public void Validate_TestOnlyPhaseType_ReportsItsOwnProblemsWithPaths()
    {
        var problems = Scenario.Create("steps").Phase(Steps(5, -1) with { Step = TimeSpan.FromSeconds(1) }).Build;

        var error = Assert.Throws<ScenarioValidationException>(problems);

        Assert.Equal(["$.phases[0].rates[1]", "$.phases[0].step"], error.Problems.Select(p => p.Path));
    }

    [Fact]
    public void Overrides_TestOnlyPhaseType_ScaleAndStretchThroughThePhase()
    {
        var scenario = Scenario.Create("steps").Phase(Steps(10, 40)).Build();

        var changed = new Harness.Load.Running.ScenarioRunOptions { Rate = 80, Duration = TimeSpan.FromSeconds(2) }.Reshape(scenario);

        var phase = Assert.IsType<StepRatePhase>(Assert.Single(changed.Phases));
        Assert.Equal([20.0, 80.0], phase.Rates);
        Assert.Equal(TimeSpan.FromSeconds(1), phase.Step);
        Assert.Equal(80, phase.PeakRate);
    }
}
