using Harness.Fakes;
using Xunit;

namespace Harness.TestKit;

/// <summary>
/// An xunit class fixture: the reference receiver on a loopback port (the API that nginx, squid and
/// tinyproxy are put in front of) and one set of test certificates, shared by a test class.
/// </summary>
public class ReceiverBehindGateways : IAsyncLifetime
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
