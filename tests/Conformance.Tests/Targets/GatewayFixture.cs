using Harness.Contract.Targets;
using Harness.TestKit;

namespace Harness.Conformance.Tests.Targets;

/// <summary>The receiver behind the gateways, and the suite's options for a target in front of it.</summary>
public sealed class GatewayFixture : ReceiverBehindGateways
{
    /// <summary>Enough checks to see real verdicts through a gateway, few enough to stay quick.</summary>
    public static readonly IReadOnlyList<string> SomeChecks = ["spec.example", "alarmName.*"];

    public ConformanceOptions Options(string target, TargetTls? tls = null, string httpVersion = "1.1", TargetProxy? proxy = null,
        IReadOnlyList<KeyValuePair<string, string>>? headers = null) => new()
    {
        Target = new()
        {
            BaseUrl = new Uri(target), Key = Key, Tls = tls ?? new TargetTls(), HttpVersion = httpVersion,
            Proxy = proxy ?? TargetProxy.Environment, Headers = headers ?? [],
        },
        Only = SomeChecks,
    };
}
