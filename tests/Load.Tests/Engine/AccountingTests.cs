using Harness.Load.Engine;
using Harness.Load.Measurement;
using Harness.Load.Tests.Support;

namespace Harness.Load.Tests.Engine;

public class AccountingTests
{
    [Fact]
    public async Task RunAsync_RefusedConnections_CountsEveryRequestAsConnectionError()
    {
        var plan = Plans.Open(40, TimeSpan.FromMilliseconds(500), new Uri($"http://127.0.0.1:{Loopback.ClosedPort()}/")) with { Connections = 2, MaxInFlight = 10 };

        var result = await LoadEngine.RunAsync(plan, [Plans.Valid], new LoadRunOptions { CheckReachable = false });

        var m = result.Measured;
        Assert.Equal(20, m.Scheduled);
        Assert.Equal(m.Sent, m.Count(OutcomeKind.ConnectionError));
        Assert.Equal(0, m.Completed);
        Assert.True(m.AccountingHolds);
    }

    [Fact]
    public async Task RunAsync_UnreachableTarget_SaysSoAndSendsNothing()
    {
        var plan = Plans.Open(10, TimeSpan.FromSeconds(1), new Uri($"http://127.0.0.1:{Loopback.ClosedPort()}/"));

        var result = await LoadEngine.RunAsync(plan, [Plans.Valid], new LoadRunOptions());

        Assert.NotNull(result.Unreachable);
        Assert.Contains("127.0.0.1", result.Unreachable);
        Assert.Equal(0, result.Measured.Sent);
    }

    [Fact]
    public async Task RunAsync_SilentTarget_CountsTimeoutsAndBalances()
    {
        var (listener, address) = Loopback.Silent();
        try
        {
            var plan = Plans.Open(20, TimeSpan.FromMilliseconds(500), address) with
            {
                Connections = 4,
                MaxInFlight = 100,
                RequestTimeout = TimeSpan.FromMilliseconds(300),
            };

            // Past the pre-flight (which would stop at a target that never answers): the run's own timeouts.
            var result = await LoadEngine.RunAsync(plan, [Plans.Valid], new LoadRunOptions { CheckReachable = false });

            var m = result.Measured;
            Assert.Equal(10, m.Scheduled);
            Assert.True(m.Count(OutcomeKind.Timeout) >= 4, $"timeouts: {m.Count(OutcomeKind.Timeout)}");
            Assert.Equal(0, m.Completed);
            Assert.True(m.AccountingHolds, $"sent {m.Sent}, timeouts {m.Count(OutcomeKind.Timeout)}, connection errors {m.Count(OutcomeKind.ConnectionError)}");
            Assert.Equal(m.Sent, m.Count(OutcomeKind.Timeout) + m.Count(OutcomeKind.ConnectionError));
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public async Task RunAsync_SilentTarget_PreflightStopsWithNoAnswerAndSendsNothing()
    {
        var (listener, address) = Loopback.Silent();
        try
        {
            var plan = Plans.Open(20, TimeSpan.FromMilliseconds(500), address) with { RequestTimeout = TimeSpan.FromMilliseconds(300) };

            var result = await LoadEngine.RunAsync(plan, [Plans.Valid], new LoadRunOptions());

            Assert.Contains("no answer from 127.0.0.1", result.Unreachable, StringComparison.Ordinal);
            Assert.Equal(0, result.Measured.Sent);
        }
        finally
        {
            listener.Stop();
        }
    }
}
