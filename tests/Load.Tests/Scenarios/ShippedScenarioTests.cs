using Harness.Load.Phases;
using Harness.Load.Scenarios;

namespace Harness.Load.Tests.Scenarios;

public class ShippedScenarioTests
{
    internal static IEnumerable<string> ShippedNames() =>
        Directory.GetFiles(RepoPaths.Scenarios, "*.json")
            .Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal))
            .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    public static TheoryData<string> ShippedFiles() => new(ShippedNames());

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void LoadFile_ShippedScenario_IsValidAndNamedAfterItsFile(string file)
    {
        var result = ScenarioLoader.LoadFile(Path.Combine(RepoPaths.Scenarios, file));
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Problems));
        Assert.Equal(Path.GetFileNameWithoutExtension(file), result.Scenario!.Name);
    }

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void LoadFile_ShippedScenario_IsBoundedAndRunsAgainstTheEmbeddedFake(string file)
    {
        var scenario = Scenario.Load(Path.Combine(RepoPaths.Scenarios, file));
        // Every shipped scenario must end on its own: the soak is the longest at ten minutes and a bit.
        var planned = scenario.Phases.Sum(p => (p.PlannedDuration ?? TimeSpan.Zero).TotalSeconds);
        Assert.All(scenario.Phases, p => Assert.NotNull(p.PlannedDuration));
        Assert.InRange(planned, 1, 11 * 60);
        // "As is" means no target in the file: the engine starts the embedded fake.
        Assert.Null(scenario.Target.BaseUrl);
        Assert.Null(scenario.Target.Key);
        // Modest on two cores: no open phase above a few thousand per second.
        Assert.All(scenario.Phases.OfType<OpenPhase>(), p => Assert.InRange(p.PeakRate, 0, 3000));
    }

    [Fact]
    public void ShippedScenarios_IncludeTheRequiredSet() =>
        Assert.Superset(
            new HashSet<string> { "smoke.json", "steady.json", "ramp.json", "spike.json", "soak.json", "mixed-invalid.json", "recovery-storm.json" },
            ShippedNames().ToHashSet());

    [Fact]
    public void Smoke_IsShort() =>
        Assert.True(Scenario.Load(Path.Combine(RepoPaths.Scenarios, "smoke.json")).PlannedDuration <= TimeSpan.FromSeconds(10));
}
