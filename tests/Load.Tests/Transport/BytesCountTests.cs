using Harness.Fakes;
using Harness.Load.Engine;
using Harness.Load.Phases;
using Harness.Load.Tests.Support;

namespace Harness.Load.Tests.Transport;

/// <summary>Bytes in/out count bodies on every transport, so two runs of the same requests report the same figures.</summary>
public sealed class BytesCountTests
{
    [Fact]
    public async Task RunAsync_SameRequestsOnRawAndHttpClient_ReportTheSameBodyBytes()
    {
        await using var fake = await FakeReceiver.StartAsync(new FakeReceiverOptions());
        var plan = Plans.Open(1, TimeSpan.FromSeconds(1), fake.BaseAddress, fake.Keys[0]) with
        {
            Connections = 2,
            Phases = [new IterationsPhase { Name = "main", Count = 20, Concurrency = 2, MaxDuration = TimeSpan.FromSeconds(10) }],
        };
        var options = new LoadRunOptions();

        var raw = await LoadEngine.RunAsync(plan with { Transport = TransportKind.Raw }, [Plans.Valid], options);
        var client = await LoadEngine.RunAsync(plan with { Transport = TransportKind.HttpClient }, [Plans.Valid], options);

        Assert.Equal("raw-http1.1", raw.Transport);
        Assert.StartsWith("httpclient", client.Transport, StringComparison.Ordinal);
        Assert.Equal(20 * Plans.Valid.Body.Length, raw.Measured.BytesOut);
        Assert.Equal(raw.Measured.BytesOut, client.Measured.BytesOut);
        Assert.True(raw.Measured.BytesIn > 0);
        Assert.Equal(raw.Measured.BytesIn, client.Measured.BytesIn);
    }
}
