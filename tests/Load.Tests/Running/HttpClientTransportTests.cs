using Harness.Embedded;
using Harness.Load.Engine;
using Harness.Load.Measurement;
using Harness.Load.Running;
using Harness.Load.Scenarios;

namespace Harness.Load.Tests.Running;

public class HttpClientTransportTests
{
    [Fact]
    public async Task RunAsync_HttpClientTransport_ChecksAnswersAndReconcilesLikeTheRawOne()
    {
        var scenario = Scenario.Create("httpclient")
            .ConstantRate(60, TimeSpan.FromSeconds(1))
            .Payload(poolSize: 30, seed: 2, brokenShare: 0.1)
            .Transport(connections: 2)
            .Build();

        var result = await LoadRuns.RunAsync(scenario, new ScenarioRunOptions { Transport = TransportKind.HttpClient });

        var m = result.Measured;
        Assert.StartsWith("httpclient", result.Transport, StringComparison.Ordinal);
        Assert.Equal(60, m.Sent);
        Assert.True(m.AccountingHolds);
        Assert.Equal(0, m.Count(OutcomeKind.UnexpectedAnswer));
        Assert.True(m.Count(OutcomeKind.ExpectedRejection) > 0);
        Assert.True(result.Reconciliation?.Matches, "the receiver's accepted count matches");
    }
}
