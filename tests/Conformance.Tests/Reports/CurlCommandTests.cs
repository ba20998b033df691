using System.Diagnostics;
using Harness.Conformance.Reports;
using Harness.Contract;
using Harness.Embedded;
using Harness.Fakes;

namespace Harness.Conformance.Tests.Reports;

public sealed class CurlCommandTests
{
    [Fact]
    public async Task PrintfFormat_AnyBytes_PrintsThemExactlyThroughBash()
    {
        var random = new Random(42);
        var bytes = new byte[600];
        random.NextBytes(bytes);
        byte[] body = [.. "{\"a\":\"'%s\\\\ \\n\u544A\U0001F525\"}\n-"u8, 0, 0x7F, 0xFF, .. bytes];

        var printed = await Bash($"printf -- {CurlCommand.PrintfFormat(body)}");

        Assert.Equal(body, printed.Stdout);
    }

    [Fact]
    public async Task PrintfFormat_C1ControlsAndBidiOverrides_SurviveTheConsoleCleaningAndPrintExactly()
    {
        byte[] body = [.. "{\"alarmName\":\"a\u0085b\u009Bc\u202Ed\u2066e\u200Ff\u00E9\"}"u8];

        var format = CurlCommand.PrintfFormat(body);
        var printed = await Bash($"printf -- {ConsoleText.Clean(format)}");

        Assert.Equal(format, ConsoleText.Clean(format));
        Assert.Equal(body, printed.Stdout);
    }

    [Fact]
    public async Task Curl_FailingAndPassingChecks_ReproduceTheStatusThroughBash()
    {
        const string token = "curl-test-token";
        await using var receiver = await FakeReceiver.StartAsync(new FakeReceiverOptions { RequiredToken = token, Profile = Profile.Lenient });
        string[] ids =
        [
            "spec.example", "boundary.alarmName.255.emoji", "probe.enum.lowercase", "probe.content-type.missing",
            "key.percent-encoded", "key.wrong-case.with-broken-body", "token.wrong", "route.method.get", "route.path.unknown",
            "sequence.recovery-after-raise",
        ];
        var run = await ConformanceRuns.RunAsync(new ConformanceOptions
        {
            Target = new() { BaseUrl = receiver.BaseAddress, Key = receiver.Keys[0], Token = token },
            Profile = Profile.Strict, // the lenient fake makes the profile probes fail: their curl lines must show it too
            ShowSecrets = true,
            Only = [.. ids, "*invalid-utf8*"],
        });

        var checks = run.Checks.Where(c => c.Verdict != Verdict.Skipped).ToArray();
        Assert.Contains(checks, c => !c.Passed);
        Assert.True(checks.Length >= ids.Length, string.Join(", ", checks.Select(c => c.Id)));
        foreach (var check in checks)
        {
            var result = await Bash(check.Curl);
            var statusLines = System.Text.Encoding.UTF8.GetString(result.Stdout).Split('\n').Where(l => l.StartsWith("HTTP/", StringComparison.Ordinal)).ToArray();
            Assert.True(statusLines.Length == check.Curl.Split('\n').Length, $"{check.Id}: {check.Curl}\n{result.Stderr}");
            Assert.Equal($"{check.ActualStatus}", statusLines[^1].Split(' ')[1]);
        }
    }

    [Fact]
    public async Task Curl_SecretsNotShown_AreRedacted()
    {
        await using var receiver = await FakeReceiver.StartAsync(new FakeReceiverOptions { RequiredToken = "secret-token-value" });
        var key = receiver.Keys[0];
        var run = await ConformanceRuns.RunAsync(new ConformanceOptions
        {
            Target = new()
            {
                BaseUrl = receiver.BaseAddress, Key = key, Token = "secret-token-value", Headers = [new("X-Gateway-Auth", "gateway-secret-value")],
            },
            Only = ["spec.example"],
        });

        var curl = run["spec.example"]!.Curl;
        Assert.DoesNotContain(key, curl, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-token-value", curl, StringComparison.Ordinal);
        Assert.DoesNotContain("gateway-secret-value", curl, StringComparison.Ordinal);
        Assert.Contains(Secrets.Redact(key), curl, StringComparison.Ordinal);
    }

    internal static async Task<(byte[] Stdout, string Stderr)> Bash(string script)
    {
        var start = new ProcessStartInfo("bash", ["-c", script]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        using var stdout = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        await copy;
        return (stdout.ToArray(), await stderr);
    }
}
