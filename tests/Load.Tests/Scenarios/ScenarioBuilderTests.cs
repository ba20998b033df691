using Harness.Contract;
using Harness.Load.Phases;
using Harness.Load.Scenarios;
using Harness.Load.Thresholds;

namespace Harness.Load.Tests.Scenarios;

public class ScenarioBuilderTests
{
    private const string EveryFeatureJson = """
        {
          "name": "everything",
          "description": "every section and phase type",
          "target": { "baseUrl": "http://127.0.0.1:8080/", "key": "abcdefgh12345678", "token": "t0ken", "profile": "lenient", "insecure": true },
          "phases": [
            { "type": "warmup", "rate": 5, "duration": "2s", "arrival": "poisson" },
            { "type": "warmup", "users": 2, "duration": "1s", "name": "closed-warm" },
            { "type": "constant-rate", "rate": 0.5, "duration": "30s" },
            { "type": "ramping-rate", "from": 10, "to": 100, "duration": "1m", "arrival": "poisson", "name": "climb" },
            { "type": "spike", "baseRate": 10, "spikeRate": 100, "duration": "1m", "spikeAt": "20s", "spikeDuration": "10s", "rampTime": "2s" },
            { "type": "constant-concurrency", "users": 4, "duration": "10s" },
            { "type": "ramping-concurrency", "from": 1, "to": 8, "duration": "20s" },
            { "type": "iterations", "count": 500, "concurrency": 4, "maxDuration": "1m" }
          ],
          "payload": { "poolSize": 321, "seed": 42, "brokenShare": 0.1,
                       "streams": { "raiseRecover": 0.2, "storms": 0.1, "flapping": 0.05, "stormSize": 20, "flapCycles": 3 } },
          "transport": { "connections": 6, "requestTimeout": "3s", "maxInFlight": 64, "httpVersion": "2" },
          "thresholds": [ "p99 < 250ms", { "expression": "error_rate < 0.1%", "abortOnFail": true, "grace": "10s" } ]
        }
        """;

    private static Scenario BuildEveryFeature() =>
        Scenario.Create("everything")
            .Describe("every section and phase type")
            .Target(new Uri("http://127.0.0.1:8080/"), key: "abcdefgh12345678", token: "t0ken", profile: Profile.Lenient, insecure: true)
            .WarmUp(5, TimeSpan.FromSeconds(2), ArrivalProcess.Poisson)
            .WarmUpUsers(2, TimeSpan.FromSeconds(1), name: "closed-warm")
            .ConstantRate(0.5, TimeSpan.FromSeconds(30))
            .RampingRate(10, 100, TimeSpan.FromMinutes(1), ArrivalProcess.Poisson, name: "climb")
            .Spike(10, 100, TimeSpan.FromMinutes(1), spikeAt: TimeSpan.FromSeconds(20), spikeDuration: TimeSpan.FromSeconds(10), rampTime: TimeSpan.FromSeconds(2))
            .ConstantConcurrency(4, TimeSpan.FromSeconds(10))
            .RampingConcurrency(1, 8, TimeSpan.FromSeconds(20))
            .Iterations(500, concurrency: 4, maxDuration: TimeSpan.FromMinutes(1))
            .Payload(poolSize: 321, seed: 42, brokenShare: 0.1)
            .Streams(raiseRecover: 0.2, storms: 0.1, flapping: 0.05, stormSize: 20, flapCycles: 3)
            .Transport(connections: 6, requestTimeout: TimeSpan.FromSeconds(3), maxInFlight: 64, httpVersion: HttpVersionChoice.Http2)
            .Thresholds("p99 < 250ms")
            .Threshold("error_rate < 0.1%", abortOnFail: true, grace: TimeSpan.FromSeconds(10))
            .Build();

    [Fact]
    public void Build_SameScenarioAsJson_GivesAnEqualModel()
    {
        var fromJson = Scenario.Parse(EveryFeatureJson);
        var fromBuilder = BuildEveryFeature();
        Assert.Equal(fromJson, fromBuilder);
        Assert.Equal(fromJson.GetHashCode(), fromBuilder.GetHashCode());
    }

    [Fact]
    public void Build_OneValueDiffers_ModelsAreNotEqual()
    {
        var fromJson = Scenario.Parse(EveryFeatureJson.Replace("\"count\": 500", "\"count\": 501", StringComparison.Ordinal));
        Assert.NotEqual(fromJson, BuildEveryFeature());
    }

    [Fact]
    public void Build_EveryFeatureScenario_CoversEveryPhaseType() =>
        Assert.Equal(PhaseTypes.All, BuildEveryFeature().Phases.Select(p => p.Type).Distinct());

    [Fact]
    public void Build_InvalidValues_ThrowsWithEveryProblemAndJsonPaths()
    {
        var error = Assert.Throws<ScenarioValidationException>(() =>
            Scenario.Create("bad name")
                .ConstantRate(-1, TimeSpan.FromSeconds(10))
                .ConstantConcurrency(0, TimeSpan.Zero)
                .Transport(connections: 0)
                .Thresholds("p99 < 250ms", "p99 <")
                .Build());
        Assert.Equal(
            ["$.thresholds[1]", "$.name", "$.phases[0].rate", "$.phases[1].duration", "$.phases[1].users", "$.transport.connections"],
            error.Problems.Select(p => p.Path));
    }

    [Fact]
    public void Validate_ScenarioChangedAfterBuilding_ReportsTheNewProblem()
    {
        var scenario = Scenario.Create("ok").Iterations(10).Build();
        Assert.Empty(scenario.Validate());
        var changed = scenario with { Payload = scenario.Payload with { BrokenShare = 2 } };
        Assert.Equal("$.payload.brokenShare", Assert.Single(changed.Validate()).Path);
    }

    [Fact]
    public void ObjectInitializer_WithCollectionExpressions_EqualsTheBuilder()
    {
        var direct = new Scenario
        {
            Name = "direct",
            Phases = [new WarmUpPhase { Rate = 5, Duration = TimeSpan.FromSeconds(1) }, new ConstantRatePhase { Rate = 10, Duration = TimeSpan.FromSeconds(5) }],
            Thresholds = ["p99 < 250ms"],
        };
        var built = Scenario.Create("direct").WarmUp(5, TimeSpan.FromSeconds(1)).ConstantRate(10, TimeSpan.FromSeconds(5)).Thresholds("p99 < 250ms").Build();
        Assert.Equal(built, direct);
        Assert.Empty(direct.Validate());
    }

    [Fact]
    public void TryBuild_Valid_ReturnsTheScenarioAndNoProblems()
    {
        Assert.True(Scenario.Create("ok").Iterations(10).TryBuild(out var scenario, out var problems));
        Assert.Empty(problems);
        Assert.Equal(10, Assert.IsType<IterationsPhase>(Assert.Single(scenario.Phases)).Count);
    }

    [Fact]
    public void PlannedDuration_SumsPhasesAndIsUnknownForUnboundedIterations()
    {
        var timed = Scenario.Create("t").WarmUp(1, TimeSpan.FromSeconds(2)).ConstantRate(1, TimeSpan.FromSeconds(3)).Build();
        Assert.Equal(TimeSpan.FromSeconds(5), timed.PlannedDuration);
        Assert.Single(timed.MainPhases);
        Assert.Null(Scenario.Create("i").Iterations(5).Build().PlannedDuration);
    }

    [Fact]
    public void TargetToString_RedactsSecrets()
    {
        var text = BuildEveryFeature().ToString();
        Assert.DoesNotContain("abcdefgh12345678", text, StringComparison.Ordinal);
        Assert.DoesNotContain("t0ken", text, StringComparison.Ordinal);
        Assert.Contains("abcd***", text, StringComparison.Ordinal);
    }
}
