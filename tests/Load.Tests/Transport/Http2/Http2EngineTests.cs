using Harness.Contract.Targets;
using Harness.Load.Engine;
using Harness.Load.Measurement;
using Harness.Load.Phases;
using Harness.Load.Tests.Support;
using Harness.TestKit;

namespace Harness.Load.Tests.Transport.Http2;

/// <summary>Whole engine runs over the raw HTTP/2 transport, reconciled with nginx's access log while nginx sends GOAWAY every 50 requests.</summary>
public sealed class Http2EngineTests : IDisposable
{
    private readonly TestCertificates _certificates = TestCertificates.Create();

    public void Dispose() => _certificates.Dispose();

    [Fact]
    public async Task RunAsync_Http2WithGoAwayEveryFiftyRequests_EveryRequestAcceptedAndLoggedOnce()
    {
        await using var nginx = await Http2Nginx.StartAsync(_certificates, "keepalive_requests 50;");
        var plan = Http2Plan(nginx, rate: 400, TimeSpan.FromSeconds(1)) with { Connections = 2, MaxInFlight = 16 };

        var result = await LoadEngine.RunAsync(plan, [Plans.Valid], new LoadRunOptions());

        var m = result.Measured;
        Assert.Equal("raw-h2", result.Transport);
        Assert.Equal("2", result.Connection?.HttpVersionNegotiated);
        Assert.True(m.AccountingHolds);
        Assert.Equal(m.Sent, m.Count(OutcomeKind.Accepted));
        // The pre-flight's GET is logged too; every POST the run sent reached nginx exactly once.
        var posts = (await Http2Nginx.LogLinesAsync(nginx, (int)m.Sent + 1)).Count(l => l.Contains(" POST ", StringComparison.Ordinal));
        Assert.Equal(m.Sent, posts);
        Assert.True(m.Sent >= 390, $"sent {m.Sent}");
    }

    [Fact]
    public async Task RunAsync_ClosedUsersOwnStreamSlotsThenAnOpenPhaseSharesThem_EveryRequestAcceptedAndLoggedOnce()
    {
        // Closed-loop users each own a stream slot (4 users, 2 connections x 2 streams); the open phase after them takes
        // slots from the shared free queue at full concurrency. A slot an owner had also handed back would be in that
        // queue twice, and two requests would then share one stream.
        await using var nginx = await Http2Nginx.StartAsync(_certificates, "keepalive_requests 50;");
        var open = Http2Plan(nginx, rate: 1500, TimeSpan.FromMilliseconds(800));
        var plan = open with
        {
            Phases = [new ConstantConcurrencyPhase { Name = "users", Users = 4, Duration = TimeSpan.FromMilliseconds(800) }, .. open.Phases],
            Connections = 2,
            MaxInFlight = 4,
        };

        var result = await LoadEngine.RunAsync(plan, [Plans.Valid], new LoadRunOptions());

        var m = result.Measured;
        Assert.Equal("raw-h2", result.Transport);
        Assert.True(m.AccountingHolds);
        Assert.Equal(m.Sent, m.Count(OutcomeKind.Accepted));
        Assert.All(result.Phases, p => Assert.True(p.Sent > 100, $"{p.Name}: sent {p.Sent}"));
        var posts = (await Http2Nginx.LogLinesAsync(nginx, (int)m.Sent + 1)).Count(l => l.Contains(" POST ", StringComparison.Ordinal));
        Assert.Equal(m.Sent, posts);
    }

    // An open phase at the rate over HTTP/2 with TLS, verified against the test CA.
    private LoadPlan Http2Plan(ServerProcess nginx, double rate, TimeSpan duration)
    {
        var open = Plans.Open(rate, duration, new Uri($"https://127.0.0.1:{nginx.Port}/"));
        return open with { Endpoint = open.Endpoint with { HttpVersion = "2", Tls = new TargetTls { CaCertificateFile = _certificates.CaCert }, Proxy = TargetProxy.None } };
    }
}
