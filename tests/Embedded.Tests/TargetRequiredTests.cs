using Harness.Conformance;
using Harness.Fakes;
using Harness.Load.Running;
using Harness.Load.Scenarios;

namespace Harness.Embedded.Tests;

/// <summary>The engine and the suite run against a target they are given; starting a fake is the composition's.</summary>
public class TargetRequiredTests
{
    [Fact]
    public async Task ScenarioRunner_NoTargetAnywhere_ThrowsNamingTheComposition()
    {
        var scenario = Scenario.Create("no-target").ConstantRate(10, TimeSpan.FromSeconds(1)).Payload(poolSize: 5).Build();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => ScenarioRunner.RunAsync(scenario));

        Assert.Contains("Harness.Embedded", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConformanceSuite_NoTarget_ThrowsNamingTheComposition()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => ConformanceSuite.RunAsync(new ConformanceOptions()));

        Assert.Contains("Harness.Embedded", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConformanceRuns_InvalidOptionsWithoutTarget_NamesEveryProblemBeforeStartingAnything()
    {
        var options = new ConformanceOptions { Concurrency = 0 };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => ConformanceRuns.RunAsync(options, new FakeReceiverOptions { Keys = [new string('k', 256)] }));

        Assert.Contains("--key", error.Message, StringComparison.Ordinal);
        Assert.Contains("--concurrency", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConformanceOptions_ToString_ShowsNoSecret()
    {
        var options = new ConformanceOptions
        {
            Target = new() { BaseUrl = new Uri("http://127.0.0.1:1/"), Key = "secret-key-value", Token = "secret-token-value", Headers = [new("X-Api-Key", "secret-header-value")] },
        };

        Assert.DoesNotContain("secret", options.ToString(), StringComparison.Ordinal);
    }
}
