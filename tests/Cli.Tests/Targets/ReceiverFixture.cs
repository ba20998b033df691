using Harness.Fakes;
using Harness.TestKit;

namespace Harness.Cli.Tests.Targets;

/// <summary>One embedded fake receiver (the API behind the gateways) and one set of test certificates per test class.</summary>
public sealed class ReceiverFixture : IAsyncLifetime
{
    private FakeReceiver? _fake;

    public TestCertificates Certificates { get; } = TestCertificates.Create();

    public FakeReceiver Fake => _fake ?? throw new InvalidOperationException("not started");

    public int Port => Fake.BaseAddress.Port;

    public string Key => Fake.Keys[0];

    public async Task InitializeAsync() => _fake = await FakeReceiver.StartAsync(new FakeReceiverOptions());

    public async Task DisposeAsync()
    {
        if (_fake is not null)
        {
            await _fake.DisposeAsync();
        }

        Certificates.Dispose();
    }
}
