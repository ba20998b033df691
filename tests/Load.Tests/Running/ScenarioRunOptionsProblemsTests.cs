using Harness.Contract.Targets;
using Harness.Load.Engine;
using Harness.Load.Running;
using Harness.Load.Scenarios;

namespace Harness.Load.Tests.Running;

// The checks harness load made in the CLI, now in the library (internal: the CLI and tests call them).
public class ScenarioRunOptionsProblemsTests
{
    private static readonly Scenario Steady = Scenario.Create("steady").ConstantRate(10, TimeSpan.FromSeconds(1)).Build();
    private static readonly Uri Target = new("http://127.0.0.1:9/");

    [Fact]
    public void Problems_NoTargetGiven_NoneForTheEmbeddedFake()
    {
        Assert.Empty(new ScenarioRunOptions().Problems(Steady));
    }

    [Fact]
    public void Problems_TargetWithoutKey_AsksForTheKey()
    {
        var problems = new ScenarioRunOptions { Target = Target }.Problems(Steady).ToList();

        Assert.Equal(["--target needs --key (the integration key of that receiver)"], problems);
    }

    [Fact]
    public void Problems_KeyFromTheScenario_IsEnough()
    {
        var scenario = Steady with { Target = Steady.Target with { Key = "k-from-file" } };

        Assert.Empty(new ScenarioRunOptions { Target = Target }.Problems(scenario));
    }

    [Fact]
    public void Problems_TokenWithASpace_NamesTheToken()
    {
        var problems = new ScenarioRunOptions { Token = "two words" }.Problems(Steady).ToList();

        Assert.Equal(["--token: may hold printable ASCII characters only (no spaces, no accents)"], problems);
    }

    [Fact]
    public void Problems_RawTransportThroughAProxy_RefusedNamingTheProxy()
    {
        var options = new ScenarioRunOptions
        {
            Target = Target, Key = "key", Transport = TransportKind.Raw, Proxy = TargetProxy.Parse("http://127.0.0.1:3128")!,
        };

        var problem = Assert.Single(options.Problems(Steady));

        Assert.StartsWith("--transport raw: the raw transport goes straight to the target", problem, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1:3128", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_TlsOptionsOnPlainHttp_FromTheEndpointsOwnCheck()
    {
        var options = new ScenarioRunOptions { Target = Target, Key = "key", Tls = new TargetTls { CaCertificateFile = "ca.pem" } };

        Assert.Contains(options.Problems(Steady), p => p.StartsWith("--ca-cert/--client-cert:", StringComparison.Ordinal));
    }
}
