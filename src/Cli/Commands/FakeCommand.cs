using System.CommandLine;

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
                : FakeRun.RunAsync(arguments, Console.Out, Console.Error, ct);
        });
        return command;
    }
}
