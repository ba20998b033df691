using Harness.Contract;
using Harness.Contract.Fields;
using Harness.Fakes;

namespace Harness.Cli.Commands;

/// <summary>Runs the receiver in the foreground: a banner with where it listens, then answers until Ctrl+C.</summary>
internal static class FakeRun
{
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
