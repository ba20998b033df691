using Harness.Contract.Targets;
using Harness.Fakes;
using Harness.TestKit;

namespace Harness.Conformance.Tests.Targets;

/// <summary>The reference receiver (the API behind the gateways) and one set of test certificates, shared by a test class.</summary>
public sealed class GatewayFixture : IAsyncLifetime
{
    /// <summary>Enough checks to see real verdicts through a gateway, few enough to stay quick.</summary>
    public static readonly IReadOnlyList<string> SomeChecks = ["spec.example", "alarmName.*"];

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

    public ConformanceOptions Options(string target, TargetTls? tls = null, string httpVersion = "1.1", TargetProxy? proxy = null,
        IReadOnlyList<KeyValuePair<string, string>>? headers = null) => new()
    {
        Target = new Uri(target),
        Key = Key,
        Only = SomeChecks,
        Tls = tls ?? new TargetTls(),
        HttpVersion = httpVersion,
        Proxy = proxy ?? TargetProxy.Environment,
        Headers = headers ?? [],
    };
}
