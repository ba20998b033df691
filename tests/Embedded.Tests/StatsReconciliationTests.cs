using Harness.Load.Engine;
using Harness.Load.Running;
using Harness.Load.Scenarios;
using Harness.Load.Sharding;

namespace Harness.Embedded.Tests;

public class StatsReconciliationTests
{
    private static Scenario Short(string name) =>
        Scenario.Create(name).ConstantRate(40, TimeSpan.FromMilliseconds(500)).Payload(poolSize: 20, seed: 4).Transport(connections: 2).Build();

    [Fact]
    public async Task RunAsync_EmbeddedFake_ReconcilesWarmupAndMeasuredWithItsStats()
    {
        var scenario = Scenario.Create("reconciled").WarmUp(20, TimeSpan.FromMilliseconds(300)).ConstantRate(40, TimeSpan.FromMilliseconds(500))
            .Payload(poolSize: 20, seed: 4).Transport(connections: 2).Build();

        var result = await LoadRuns.RunAsync(scenario);

        var reconciliation = Assert.IsType<Harness.Load.Records.Reconciliation>(result.Reconciliation);
        Assert.True(reconciliation.Matches, $"receiver {reconciliation.ReceiverAccepted}, harness {reconciliation.HarnessAccepted}");
        Assert.Equal(result.Measured.Statuses[200] + result.Warmup!.Statuses.GetValueOrDefault(200), reconciliation.HarnessAccepted);
        // Read after the pre-flight: the receiver's timed answers are the run's requests, not its GET too.
        Assert.Equal(reconciliation.ReceiverAccepted, reconciliation.ServerTime!.TotalCount);
        Assert.Null(result.ReconciliationSkipped);
    }

    [Fact]
    public async Task RunAsync_ReconcileOff_SaysItWasTurnedOff()
    {
        var result = await LoadRuns.RunAsync(Short("off"), embedded: new EmbeddedRunOptions { Reconcile = false });

        Assert.Null(result.Reconciliation);
        Assert.Equal("turned off for this run", result.ReconciliationSkipped);
    }

    [Fact]
    public async Task RunAsync_OneShardOfSeveral_SaysTheCountsIncludeOtherAgents()
    {
        var options = new ScenarioRunOptions { Run = new LoadRunOptions { Shard = new ShardIdentity { RunId = "r1", Index = 0, Count = 2 } } };

        var result = await LoadRuns.RunAsync(Short("shard"), options, new EmbeddedRunOptions { Reconcile = false });

        Assert.Null(result.Reconciliation);
        Assert.StartsWith("one shard of several", result.ReconciliationSkipped, StringComparison.Ordinal);
    }
}
