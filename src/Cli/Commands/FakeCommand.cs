using System.CommandLine;
using Harness.Contract;
using Harness.Contract.Fields;
using Harness.Fakes;

namespace Harness.Cli.Commands;

/// <summary>
/// <c>harness fake</c>: runs the reference receiver until Ctrl+C, or with <c>--self-test</c>
/// checks it against every DECISIONS.md row and exits.
/// </summary>
internal static class FakeCommand
{
    public static Command Create()
    {
        var urls = new Option<string[]>("--urls") { Description = $"Address to listen on, repeatable (default {FakeArguments.DefaultUrl}; port 0 picks a free one).", AllowMultipleArgumentsPerToken = false };
        var keys = new Option<string[]>("--key") { Description = "Accepted integration key, repeatable. None: one 32-character key is generated and printed once.", AllowMultipleArgumentsPerToken = false };
        var token = new Option<string>("--require-token") { Description = "Require this X-Auth-Token on every request (401 otherwise)." };
        var adminToken = new Option<string>("--admin-token")
        {
            Description = "Require this X-Auth-Token on /_fake/* (health, stats, alarms, reset); default: the --require-token value, if any.",
        };
        var profile = new Option<string>("--profile") { Description = "How open points of the spec are read (docs/contract.md): " + ProfileArgument.Help + "; default strict." };
        var maxBody = new Option<string>("--max-body") { Description = "Body size limit; over it is 413 (default 1MiB). Bytes or KiB/MiB/KB/MB." };
        var latency = new Option<string>("--latency") { Description = "Delay before each answer: fixed:5ms, uniform:1ms..20ms, exp:10ms, normal:mean=10ms,sd=2ms, lognormal:median=5ms,p99=50ms." };
        var errorRate = new Option<string>("--error-rate") { Description = "Share of authorised requests answered 500 on purpose: 0..1 or a percentage (0.05, 5%)." };
        var rateLimit = new Option<string>("--rate-limit") { Description = "Per-key token bucket: N, N/s or N/s,burst=B. Excess gets 429 APIG.0308 with Retry-After." };
        var stall = new Option<string>("--stall") { Description = "Pause every answer periodically, like a GC pause: PAUSE/PERIOD, e.g. 200ms/5s." };
        var journal = new Option<string>("--journal") { Description = "Append every accepted alarm to this file as NDJSON." };
        var recent = new Option<string>("--recent") { Description = "How many recent alarms /_fake/alarms keeps (default 100)." };
        var selfTest = new Option<bool>("--self-test") { Description = "Start on a free loopback port, send one request per DECISIONS.md row, print expected vs actual, exit 0 when all match." };
        var command = new Command("fake", "Run the reference fake receiver of POST /v1/event/huawei/custom/{integration_key} (admin surface under /_fake/).")
        {
            urls, keys, token, adminToken, profile, maxBody, latency, errorRate, rateLimit, stall, journal, recent, selfTest,
        };
        command.SetExitCodeAction((parse, ct) =>
        {
            var arguments = new FakeArguments(
                parse.GetValue(urls) ?? [], parse.GetValue(keys) ?? [], parse.GetValue(token), parse.GetValue(profile),
                parse.GetValue(maxBody), parse.GetValue(latency), parse.GetValue(errorRate), parse.GetValue(rateLimit),
                parse.GetValue(stall), parse.GetValue(journal), parse.GetValue(recent), parse.GetValue(selfTest),
                parse.GetValue(adminToken));
            return arguments.SelfTest
                ? FakeSelfTestView.RunAsync(arguments, Console.Out, ct)
                : RunAsync(arguments, Console.Out, Console.Error, ct);
        });
        return command;
    }

    // Runs the receiver in the foreground: a banner with where it listens, then answers until Ctrl+C.
    public static async Task<ExitCode> RunAsync(FakeArguments arguments, TextWriter output, TextWriter errors, CancellationToken ct)
    {
        var options = arguments.ToOptions(out var problems);
        if (options is null)
        {
            await errors.WriteLineAsync("harness fake: the options have problems:");
            foreach (var problem in problems)
            {
                await errors.WriteLineAsync($"  {problem}");
            }

            return ExitCode.UsageError;
        }

        FakeReceiver fake;
        try
        {
            fake = await FakeReceiver.StartAsync(options, ct);
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException)
        {
            // The address is taken, or https:// without a certificate; no secret is in these messages.
            await errors.WriteLineAsync($"harness fake: cannot listen on {string.Join(", ", options.Urls)}: {ex.Message}");
            return ExitCode.UsageError;
        }

        await using (fake)
        {
            await WriteBannerAsync(fake, generatedKey: options.Keys.Count == 0, output);
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C or SIGTERM: the normal way to stop a server.
            }

            // The requests in progress finish first, so the count printed is the final one.
            using (var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
            {
                await fake.StopAsync(grace.Token);
            }

            var stats = fake.GetStats();
            await output.WriteLineAsync($"Stopped. Accepted {stats.Accepted}, rejected {stats.Rejected}; " +
                $"alarms active {stats.Alarms.Active}, raised {stats.Alarms.Raised}, cleared {stats.Alarms.Cleared}.");
        }

        return ExitCode.Passed;
    }

    private static async Task WriteBannerAsync(FakeReceiver fake, bool generatedKey, TextWriter output)
    {
        var options = fake.Options;
        var root = fake.BaseAddress.ToString().TrimEnd('/');
        await output.WriteLineAsync($"harness fake: listening on {string.Join(", ", fake.Addresses)} (profile {options.Profile.ToString().ToLowerInvariant()}, max body {options.MaxBodyBytes} bytes)");
        await output.WriteLineAsync($"  API:    POST {root}{IntegrationKeyRule.RoutePrefix}/{{integration_key}}");
        await output.WriteLineAsync($"  Admin:  GET {root}/_fake/health | GET {root}/_fake/stats | GET {root}/_fake/metrics | GET {root}/_fake/alarms | POST {root}/_fake/reset{(options.EffectiveAdminToken is null ? "" : " (X-Auth-Token required)")}");
        if (options.Latency is not null || options.ErrorRate > 0 || options.RateLimit is not null || options.Stall is not null)
        {
            await output.WriteLineAsync($"  Faults: latency {options.Latency?.ToString() ?? "none"}, error rate {options.ErrorRate:0.###}, " +
                $"rate limit {options.RateLimit?.ToString() ?? "none"}, stall {options.Stall?.ToString() ?? "none"}");
        }

        if (options.JournalPath is not null)
        {
            await output.WriteLineAsync($"  Journal: {Path.GetFullPath(options.JournalPath)}");
        }

        string keyInPath;
        if (generatedKey)
        {
            // The one place a key is shown in full: it was just made up and the user needs it to send anything.
            keyInPath = fake.Keys[0];
            await output.WriteLineAsync($"  Generated integration key (shown once): {keyInPath}");
        }
        else
        {
            keyInPath = "{integration_key}";
            await output.WriteLineAsync($"  Keys: {string.Join(", ", fake.Keys.Select(Secrets.Redact))}");
        }

        var token = options.RequiredToken is null ? string.Empty : " -H 'X-Auth-Token: {token}'";
        await output.WriteLineAsync("  Try:");
        await output.WriteLineAsync($"    curl -s -X POST '{root}{IntegrationKeyRule.RoutePrefix}/{keyInPath}' -H 'Content-Type: application/json;charset=UTF-8'{token} \\");
        await output.WriteLineAsync("      -d '{\"alarmId\":\"a1\",\"alarmName\":\"CPU high\",\"alarmLevel\":\"Major\",\"time\":1709118444540,\"nameSpace\":\"demo\",\"applicationId\":\"app1\",\"alarmDesc\":\"cpu over 90%\",\"alarmSource\":\"curl\"}'");
        await output.WriteLineAsync("  Press Ctrl+C to stop.");
    }
}
