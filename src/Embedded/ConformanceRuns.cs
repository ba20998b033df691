using Harness.Conformance;
using Harness.Contract;
using Harness.Contract.Targets;
using Harness.Fakes;

namespace Harness.Embedded;

/// <summary>
/// The conformance suite against the options' target, or, when they name none, against the
/// reference receiver started on a free loopback port for the run (held to its own profile,
/// strict unless one is given).
/// <code>
/// var run = await ConformanceRuns.RunAsync(new ConformanceOptions());   // the embedded fake
/// Assert.True(run.Passed, string.Join("\n", run.Failures.Select(f => $"{f.Id}: {f.Reason}")));
/// </code>
/// </summary>
public static class ConformanceRuns
{
    /// <summary>As <see cref="ConformanceSuite.RunAsync"/>, with the embedded fake when there is no target.</summary>
    public static Task<ConformanceRun> RunAsync(ConformanceOptions options, IProgress<CheckResult>? progress = null, CancellationToken ct = default) =>
        OnTargetAsync(options, o => ConformanceSuite.RunAsync(o, progress, ct), ct);

    /// <summary>As <see cref="ConformanceSuite.ReplayAsync"/>, with a new embedded fake when there is no target.</summary>
    public static Task<ConformanceRun> ReplayAsync(string runDirectory, ConformanceOptions options, IProgress<CheckResult>? progress = null, CancellationToken ct = default) =>
        OnTargetAsync(options, o => ConformanceSuite.ReplayAsync(runDirectory, o, progress, ct), ct);

    private static async Task<ConformanceRun> OnTargetAsync(ConformanceOptions options, Func<ConformanceOptions, Task<ConformanceRun>> run, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Target is not null)
        {
            return await run(options).ConfigureAwait(false);
        }

        // Bad options are named before anything starts (a key of the wrong length would stop the fake first).
        options.ThrowIfInvalid();
        var profile = options.Profile ?? ReceiverProfile.Strict;
        await using var fake = await FakeReceiver.StartAsync(new FakeReceiverOptions
        {
            Profile = profile,
            Keys = options.Key is null ? [] : [options.Key],
            RequiredToken = options.Token,
            TimeProvider = options.TimeProvider,
        }, ct).ConfigureAwait(false);
        return await run(options with
        {
            Target = fake.BaseAddress,
            Key = fake.Keys[0],
            Profile = profile,
            Tls = new TargetTls(),
            Proxy = TargetProxy.None,
            EmbeddedTarget = true,
        }).ConfigureAwait(false);
    }
}
