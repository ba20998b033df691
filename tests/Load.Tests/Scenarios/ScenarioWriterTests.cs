using Harness.Load.Scenarios;

namespace Harness.Load.Tests.Scenarios;

public class ScenarioWriterTests
{
    [Theory]
    [MemberData(nameof(ShippedScenarioTests.ShippedFiles), MemberType = typeof(ShippedScenarioTests))]
    public void ToJson_ShippedScenario_LoadsBackEqual(string file)
    {
        var scenario = Scenario.Load(Path.Combine(RepoPaths.Scenarios, file));
        var again = Scenario.Parse(ScenarioWriter.ToJson(scenario));
        Assert.Equal(scenario, again);
    }

    [Fact]
    public void ToJson_Thresholds_StayReadable() =>
        Assert.Contains("\"p99 < 250ms\"", ScenarioWriter.ToJson(Scenario.Create("x").Iterations(1).Thresholds("p99 < 250ms").Build()), StringComparison.Ordinal);

    [Fact]
    public void ToJson_Secrets_AreRedactedUnlessAskedNotTo()
    {
        var scenario = Scenario.Create("x").Target(key: "abcdefgh12345678", token: "secret-token").Iterations(1).Build();
        var json = ScenarioWriter.ToJson(scenario);
        Assert.DoesNotContain("abcdefgh12345678", json, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-token", json, StringComparison.Ordinal);
        Assert.Equal(scenario, Scenario.Parse(ScenarioWriter.ToJson(scenario, redactSecrets: false)));
    }
}
