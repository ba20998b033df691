using Harness.Conformance.Checks;
using Harness.Conformance.Fuzz;
using Harness.Conformance.Observations;
using Harness.Contract.Targets;

namespace Harness.Conformance.Running;

/// <summary>
/// Runs a list of checks against the target the options name: probe first,
/// then the selected checks concurrently under the rate limit, then the fuzz cases, then findings.
/// </summary>
internal static class SuiteRunner
{
    public static async Task<ConformanceRun> RunAsync(
        ConformanceOptions options, IReadOnlyList<ConformanceCheck> checks, bool includeFuzz, IProgress<CheckResult>? progress, CancellationToken ct)
    {
        options.ThrowIfInvalid();
        var time = options.TimeProvider;
        var startedUtc = time.GetUtcNow();
        var started = time.GetTimestamp();
        var target = new TargetContext(options.Target
            ?? throw new ArgumentException("No target: give ConformanceOptions.Target (Harness.Embedded runs the suite against the embedded fake).", nameof(options)),
            options.EmbeddedTarget);
        var profile = new ProfileInForce(options.Profile);
        var settings = new RunSettings(target.Display, target.Embedded, profile.Chosen, options.Seed, options.Fuzz,
            options.Concurrency, options.EffectiveRps, options.Timeout, startedUtc, target.Endpoint.Token is not null, options.Only, options.Skip);

        // Transport first (TLS, HTTP version, proxy, redirects), then whether the answers are the API's.
        var preflight = await TargetPreflight.RunAsync(target.Endpoint, options.Timeout, ct).ConfigureAwait(false);
        if (preflight.Problem is { } problem)
        {
            throw new TargetUnreachableException($"Target {target.BaseUri} is unreachable as configured: {problem}; no check was run.");
        }

        using var transport = new Transport(target.Endpoint, options.Timeout, options.Concurrency, time);
        await TargetProbe.EnsureReachableAsync(transport, target, ct).ConfigureAwait(false);
        await ApiProbe.EnsureApiAsync(transport, target, ct).ConfigureAwait(false);

        var runner = new CheckRunner(transport, target, new RateLimiter(options.EffectiveRps, time), profile, options.ShowSecrets, time);
        var filter = new GlobFilter(options.Only, options.Skip);
        var records = new CheckRecord?[checks.Count];
        var interrupted = false;
        try
        {
            await RunAllAsync(runner, checks, filter, records, options.Concurrency, progress, ct).ConfigureAwait(false);
            if (includeFuzz && options.Fuzz > 0)
            {
                var fuzzer = new Fuzzer(runner, options.Seed);
                var fuzzed = await fuzzer.RunAsync(options.Fuzz, filter, options.Concurrency, progress, ct).ConfigureAwait(false);
                records = [.. records, .. fuzzed];
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            interrupted = true;
        }

        var complete = records.Select((r, i) => r ?? Skipped(checks[i], "not run: the run was interrupted")).ToArray();
        var findings = Observer.Observe(complete, profile.Chosen);
        return new ConformanceRun(settings, complete, findings, time.GetElapsedTime(started), interrupted, target.Secrets)
        {
            Connection = preflight.Facts,
        };
    }

    private static async Task RunAllAsync(CheckRunner runner, IReadOnlyList<ConformanceCheck> checks, GlobFilter filter,
        CheckRecord?[] records, int concurrency, IProgress<CheckResult>? progress, CancellationToken ct)
    {
        for (var i = 0; i < checks.Count; i++)
        {
            if (!filter.Selects(checks[i].Id))
            {
                records[i] = Skipped(checks[i], "left out by --only/--skip");
            }
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = ct };
        await Parallel.ForEachAsync(Enumerable.Range(0, checks.Count).Where(i => records[i] is null), parallel, async (i, token) =>
        {
            var result = await runner.RunAsync(checks[i], token).ConfigureAwait(false);
            records[i] = new CheckRecord(checks[i], result);
            progress?.Report(result);
        }).ConfigureAwait(false);
    }

    internal static CheckRecord Skipped(ConformanceCheck check, string reason) =>
        new(check, new CheckResult(check.Id, check.Title, check.Rule, check.SpecRow, check.Field, "", "", Verdict.Skipped, "")
        {
            Reason = reason,
            Group = check.Group,
            Basis = check.Basis,
            Anchor = check.Anchor,
            Standing = Standing.Skipped,
        });
}
