using System.Net.Sockets;
using System.Net;
using Harness.Cli.Commands;
using Harness.Load.Engine;

namespace Harness.Cli.Tests.Observe;

/// <summary>--metrics and --otlp given wrong: exit 2 with the option named, nothing sent.</summary>
public sealed class ObserveOptionTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "cli-observe-options-" + Guid.NewGuid().ToString("N"));

    public ObserveOptionTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("127.0.0.1:9464/metrics", null, "--metrics: '127.0.0.1:9464/metrics' is not an absolute http:// address")]
    [InlineData("http://127.0.0.1:9464", null, "--metrics: 'http://127.0.0.1:9464' has no path")]
    [InlineData(null, "collector:4318", "--otlp: 'collector:4318' is not an absolute http:// or https:// address")]
    public async Task ExecuteAsync_BadObserverAddress_ExitsTwoNamingTheOption(string? metrics, string? otlp, string expected)
    {
        var output = new StringWriter();

        var exit = await LoadRun.ExecuteAsync(Arguments() with { Metrics = metrics, Otlp = otlp }, output, CancellationToken.None);

        Assert.Equal(ExitCode.UsageError, exit);
        Assert.Contains(expected, output.ToString(), StringComparison.Ordinal);
        var results = Path.Combine(_dir, "results");
        Assert.False(Directory.Exists(results) && Directory.EnumerateFileSystemEntries(results).Any(), "no run folder is written");
    }

    [Fact]
    public async Task ExecuteAsync_MetricsPortTaken_ExitsTwoBeforeSending()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var output = new StringWriter();

        var exit = await LoadRun.ExecuteAsync(Arguments() with { Metrics = $"http://127.0.0.1:{port}/metrics" }, output, CancellationToken.None);

        Assert.Equal(ExitCode.UsageError, exit);
        Assert.Contains($"error: --metrics: cannot listen on http://127.0.0.1:{port}/metrics", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Scenario", output.ToString(), StringComparison.Ordinal);
    }

    private LoadArguments Arguments()
    {
        var scenario = Path.Combine(_dir, "tiny.json");
        File.WriteAllText(scenario, """{ "name": "tiny", "phases": [ { "type": "constant-rate", "rate": 5, "duration": "1s" } ] }""");
        return new LoadArguments(scenario, null, null, null, null, null, null, Path.Combine(_dir, "results"), false, null, TransportKind.Auto);
    }
}
