using Harness.Conformance.Tests.Cli;
using Harness.Embedded;
using Harness.Fakes;
using Harness.TestKit;

namespace Harness.Conformance.Tests.Gateway;

/// <summary>
/// Real nginx in front of the target, as staging often has one: when nginx answers instead of the
/// API (upstream down, a wrong base path), the command stops with exit 3 and one hint, and sends
/// fewer than 10 requests instead of running the suite into false findings.
/// </summary>
public sealed class NginxInFrontTests : IDisposable
{
    private const string Key = "NginxKey0123456789abcdefghijklmn";
    private readonly string _root = Directory.CreateTempSubdirectory("conformance-nginx-").FullName;

    [Fact]
    public async Task Conformance_UpstreamDownBehindNginx_Exits3WithOneHintAndFewRequests()
    {
        var closed = LoopbackPort.Free();
        await using var nginx = await Nginx.StartAsync($"location / {{ proxy_pass http://127.0.0.1:{closed}; }}");

        var (exit, output) = await HarnessProcess.RunAsync(_root, "conformance", "--target", $"http://127.0.0.1:{nginx.Port}/", "--key", Key, "--out", "out");

        Assert.True(exit == 3, output);
        Assert.Contains("the gateway says 502: the upstream receiver is down", output, StringComparison.Ordinal);
        Assert.Contains("Server: nginx", output, StringComparison.Ordinal);
        AssertOneHintFewRequests(output, nginx);
    }

    [Fact]
    public async Task Conformance_WrongBasePathBehindNginx_Exits3WithOneHintAndFewRequests()
    {
        await using var fake = await FakeReceiver.StartAsync(new FakeReceiverOptions { Keys = [Key] });
        // The API lives under /alarms/; the user forgot that part of the base path.
        await using var nginx = await Nginx.StartAsync($"location /alarms/ {{ proxy_pass {fake.BaseAddress}; }}");

        var (exit, output) = await HarnessProcess.RunAsync(_root, "conformance", "--target", $"http://127.0.0.1:{nginx.Port}/", "--key", Key, "--out", "out");

        Assert.True(exit == 3, output);
        Assert.Contains("this looks like a wrong base path", output, StringComparison.Ordinal);
        AssertOneHintFewRequests(output, nginx);

        // The right base path through the same nginx is the API: the suite runs and passes.
        var (right, passed) = await HarnessProcess.RunAsync(_root, "conformance", "--target", $"http://127.0.0.1:{nginx.Port}/alarms/", "--key", Key,
            "--only", "spec.example", "--out", "out");
        Assert.True(right == 0, passed);
    }

    [Fact]
    public async Task RunAsync_NginxBodyLimitBelowTheReceivers_LabelsItsPageAsNotTheApis()
    {
        await using var fake = await FakeReceiver.StartAsync(new FakeReceiverOptions { Keys = [Key] });
        await using var nginx = await Nginx.StartAsync($"client_max_body_size 512k; location / {{ proxy_pass {fake.BaseAddress}; }}");

        var run = await ConformanceRuns.RunAsync(new ConformanceOptions
        {
            Target = new() { BaseUrl = new Uri($"http://127.0.0.1:{nginx.Port}/"), Key = Key }, Only = ["body.size.*"], Profile = Contract.Profile.Strict,
        });

        var atLimit = run["body.size.at-limit"]!;
        Assert.Equal(413, atLimit.ActualStatus);
        Assert.Contains("not the API's answer: an HTML 413 page (Server: nginx", atLimit.Reason, StringComparison.Ordinal);
        Assert.Contains("a proxy in front enforces a body limit of its own", atLimit.Reason, StringComparison.Ordinal);
    }

    private void AssertOneHintFewRequests(string output, ServerProcess nginx)
    {
        Assert.Single(output.Split('\n'), line => line.StartsWith("error:", StringComparison.Ordinal));
        Assert.DoesNotContain("finding", output, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, output, StringComparison.Ordinal);
        var written = Path.Combine(_root, "out");
        Assert.True(!Directory.Exists(written) || Directory.GetFileSystemEntries(written).Length == 0, "nothing is written when the target is not the API");
        var requests = File.ReadAllLines(Path.Combine(nginx.Folder, "access.log")).Length;
        Assert.InRange(requests, 1, 9);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
