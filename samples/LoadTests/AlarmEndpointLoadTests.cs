using Harness.Embedded;
using Harness.Load.Measurement;
using Harness.Load.Phases;
using Harness.Load.Running;
using Harness.Load.Scenarios;

namespace Harness.Samples.LoadTests;

/// <summary>
/// Load tests as ordinary xunit tests: build a scenario with the fluent builder, run it, assert on
/// the result. Point <c>ScenarioRunOptions.Target</c> (and <c>Key</c>) at a real endpoint to test it
/// instead of the embedded fake.
/// </summary>
public class AlarmEndpointLoadTests
{
    [Fact]
    public async Task SteadyRate_WithSomeBrokenAlarms_EveryAnswerIsTheExpectedOne()
    {
        var scenario = Scenario.Create("sample-steady")
            .WarmUp(rate: 20, TimeSpan.FromSeconds(1))
            .ConstantRate(40, TimeSpan.FromSeconds(3), ArrivalProcess.Poisson)
            .Payload(poolSize: 200, seed: 5, brokenShare: 0.2)
            .Transport(connections: 2, requestTimeout: TimeSpan.FromSeconds(5))
            .Build();

        var result = await LoadRuns.RunAsync(scenario);

        Assert.True(result.EmbeddedTarget);
        Assert.Null(result.Unreachable);
        Assert.False(result.Partial);
        var measured = result.Measured;
        Assert.True(measured.AccountingHolds, "sent = completed + timeouts + connection errors + cancelled");
        Assert.InRange(measured.Sent, 80, 200);
        // Broken alarms must be refused with their expected status; valid ones accepted; nothing else.
        Assert.True(measured.Count(OutcomeKind.Accepted) > 0);
        Assert.True(measured.Count(OutcomeKind.ExpectedRejection) > 0);
        Assert.Equal(0, measured.Count(OutcomeKind.UnexpectedAnswer));
        Assert.Equal(0, measured.Count(OutcomeKind.Timeout));
        // Response time counts from the intended send, so queueing in a busy machine shows: keep CI bounds generous.
        // A latency bound in the thresholds' own words, judged as `harness gate` judges it.
        var p99 = Assert.Single(result.EvaluateThresholds(["p99 < 3s"]));
        Assert.True(p99.Passed, $"p99 measured {p99.ValueText}");
        // The histograms themselves (HdrHistogram, microseconds): service time starts at the actual send, so it is the shorter.
        Assert.True(measured.ServiceTime.GetValueAtPercentile(50) <= measured.ResponseTime.GetValueAtPercentile(99));
    }

    [Fact]
    public async Task FixedIterations_ClosedModel_SendsExactlyTheCount()
    {
        var scenario = Scenario.Create("sample-iterations")
            .Iterations(count: 150, concurrency: 3, maxDuration: TimeSpan.FromSeconds(30))
            .Payload(poolSize: 50, seed: 9)
            .Transport(connections: 3)
            .Build();

        var result = await LoadRuns.RunAsync(scenario);

        Assert.False(result.Partial);
        Assert.Equal(150, result.Measured.Sent);
        Assert.Equal(150, result.Measured.Count(OutcomeKind.Accepted));
        Assert.True(result.Measured.AccountingHolds);
    }

    [Fact]
    public async Task LoadedScenarioFile_ReshapedByTheOptions_RunsShortened()
    {
        // The same model comes from a file; Rate and Duration reshape it as --rate and --duration do on the command line.
        var json = """
            {
              "name": "sample-file",
              "phases": [ { "type": "constant-rate", "rate": 100, "duration": "1m" } ],
              "payload": { "poolSize": 100 },
              "thresholds": [ "error_rate < 1%" ]
            }
            """;
        var scenario = Scenario.Parse(json);
        var options = new ScenarioRunOptions { Rate = 25, Duration = TimeSpan.FromSeconds(2) };

        var result = await LoadRuns.RunAsync(scenario, options);

        Assert.InRange(result.Measured.Sent, 30, 70);
        Assert.Equal(0, result.Measured.Count(OutcomeKind.UnexpectedAnswer));
        // The scenario's thresholds, judged on the result as `harness gate` judges them.
        var verdict = Assert.Single(result.EvaluateThresholds(scenario.Thresholds));
        Assert.True(verdict.Passed, $"{verdict.Expression}: measured {verdict.ValueText}");
    }
}
