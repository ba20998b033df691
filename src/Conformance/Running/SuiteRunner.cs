using Harness.Conformance.Checks;
using Harness.Conformance.Fuzz;
using Harness.Conformance.Observations;
using Harness.Fakes;

namespace Harness.Conformance.Running;

/// <summary>
/// Runs a list of checks against the target the options name (or the embedded fake): probe first,
/// then the selected checks concurrently under the rate limit, then the fuzz cases, then findings.
/// </summary>
internal static class SuiteRunner
{
    public static async Task<ConformanceRun> RunAsync(
        ConformanceOptions options, IReadOnlyList<ConformanceCheck> checks, bool includeFuzz, IProgress<CheckResult>? progress, CancellationToken ct)
    {
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid conformance options:" + Environment.NewLine + string.Join(Environment.NewLine, problems), nameof(options));
        }

        var time = options.TimeProvider;
        var startedUtc = time.GetUtcNow();
        var started = time.GetTimestamp();
        await using var fake = options.Target is null ? await StartFakeAsync(options, ct).ConfigureAwait(false) : null;
        var target = fake is null
            ? new TargetContext(options.Target!, options.Key!, options.Token, options.Headers, embedded: false, options.Insecure)
            : new TargetContext(fake.BaseAddress, fake.Keys[0], options.Token, options.Headers, embedded: true, options.Insecure);
        // The embedded fake is held to its own profile: a run against it checks everything.
        var profile = new ProfileInForce(fake is null ? options.Profile : options.Profile ?? Harness.Contract.ReceiverProfile.Strict);
        var settings = new RunSettings(target.Display, target.Embedded, profile.Chosen, options.Seed, options.Fuzz,
            options.Concurrency, options.EffectiveRps, options.Timeout, startedUtc, options.Token is not null, options.Only, options.Skip);

        using var transport = new Transport(options.Timeout, options.Concurrency, options.Insecure, time);
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
        return new ConformanceRun(settings, complete, findings, time.GetElapsedTime(started), interrupted, target.Secrets.ToArray());
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

    private static Task<FakeReceiver> StartFakeAsync(ConformanceOptions options, CancellationToken ct) =>
        FakeReceiver.StartAsync(new FakeReceiverOptions
        {
            Profile = options.Profile ?? Harness.Contract.ReceiverProfile.Strict,
            Keys = options.Key is null ? [] : [options.Key],
            RequiredToken = options.Token,
            TimeProvider = options.TimeProvider,
        }, ct);
}
