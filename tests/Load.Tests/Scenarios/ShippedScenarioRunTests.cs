using Harness.Embedded;
using Harness.Load.Measurement;
using Harness.Load.Phases;
using Harness.Load.Running;
using Harness.Load.Scenarios;

namespace Harness.Load.Tests.Scenarios;

/// <summary>
/// Every shipped scenario, shrunk to about a second per phase and at most 200/s, runs against the
/// embedded fake: its payload mix, streams and phase types are all things the engine and the fake
/// understand, and every answer is the one its payload expects.
/// </summary>
public class ShippedScenarioRunTests
{
    [Theory]
    [MemberData(nameof(ShippedScenarioTests.ShippedFiles), MemberType = typeof(ShippedScenarioTests))]
    public async Task Run_ShrunkShippedScenario_EveryAnswerIsExpected(string file)
    {
        var scenario = Shrink(Scenario.Load(Path.Combine(RepoPaths.Scenarios, file)));

        var result = await LoadRuns.RunAsync(scenario);

        Assert.Null(result.Unreachable);
        Assert.True(result.Measured.AccountingHolds);
        Assert.True(result.Measured.Sent > 0);
        Assert.Equal(0, result.Measured.Count(OutcomeKind.UnexpectedAnswer));
        Assert.Equal(0, result.Measured.Count(OutcomeKind.ConnectionError));
        // A share too small for the few requests sent may draw no broken payload at all.
        if (scenario.Payload.BrokenShare * result.Measured.Sent >= 10)
        {
            Assert.True(result.Measured.Count(OutcomeKind.ExpectedRejection) > 0);
        }
    }

    private static Scenario Shrink(Scenario scenario)
    {
        var phases = scenario.MainPhases.Select(p => p is IterationsPhase i ? i with { Count = Math.Min(i.Count, 200) } : p).ToList();
        var shrunk = scenario with
        {
            Phases = phases,
            Payload = scenario.Payload with { PoolSize = Math.Min(scenario.Payload.PoolSize, 500) },
        };
        var timed = phases.Count(p => p is OpenPhase or ClosedPhase);
        var peak = phases.OfType<OpenPhase>().Select(p => p.PeakRate).DefaultIfEmpty(0).Max();
        return new Harness.Load.Running.ScenarioRunOptions
        {
            Duration = timed == 0 ? null : TimeSpan.FromSeconds(timed),
            Rate = peak > 200 ? 200 : null,
        }.Reshape(shrunk);
    }
}
