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
/// var run = await ConformanceRuns.RunAsync(new ConformanceOptions());   // the embedded fake, a key of its own
/// var held = await ConformanceRuns.RunAsync(new ConformanceOptions(), new FakeReceiverOptions { Keys = [key], RequiredToken = token });
/// Assert.True(run.Passed, string.Join("\n", run.Failures.Select(f => $"{f.Id}: {f.Reason}")));
/// </code>
/// </summary>
public static class ConformanceRuns
{
    /// <summary>
    /// As <see cref="ConformanceSuite.RunAsync"/>, with the embedded fake when there is no target; <paramref name="fake"/>
    /// sets its key and required token, which the suite then sends (profile and clock come from the options).
    /// </summary>
    public static Task<ConformanceRun> RunAsync(
        ConformanceOptions options, FakeReceiverOptions? fake = null, IProgress<CheckResult>? progress = null, CancellationToken ct = default) =>
        OnTargetAsync(options, fake, o => ConformanceSuite.RunAsync(o, progress, ct), ct);

    /// <summary>As <see cref="ConformanceSuite.ReplayAsync"/>, with a new embedded fake when there is no target.</summary>
    public static Task<ConformanceRun> ReplayAsync(
        string runDirectory, ConformanceOptions options, FakeReceiverOptions? fake = null, IProgress<CheckResult>? progress = null, CancellationToken ct = default) =>
        OnTargetAsync(options, fake, o => ConformanceSuite.ReplayAsync(runDirectory, o, progress, ct), ct);

    private static async Task<ConformanceRun> OnTargetAsync(
        ConformanceOptions options, FakeReceiverOptions? fakeOptions, Func<ConformanceOptions, Task<ConformanceRun>> run, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Target is not null)
        {
            return await run(options).ConfigureAwait(false);
        }

        // Bad options are named before anything starts (a key of the wrong length would stop the fake first).
        fakeOptions ??= new FakeReceiverOptions();
        var problems = options.Validate().Concat(ConformanceOptions.TargetProblems(fakeOptions.Keys.FirstOrDefault(), fakeOptions.RequiredToken, keyRequired: false)).ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid conformance options:" + Environment.NewLine + string.Join(Environment.NewLine, problems), nameof(options));
        }

        var profile = options.Profile ?? ReceiverProfile.Strict;
        await using var fake = await FakeReceiver.StartAsync(fakeOptions with { Profile = profile, TimeProvider = options.TimeProvider }, ct).ConfigureAwait(false);
        return await run(options with
        {
            Target = new TargetEndpoint { BaseUrl = fake.BaseAddress, Key = fake.Keys[0], Token = fakeOptions.RequiredToken, Proxy = TargetProxy.None },
            Profile = profile,
            EmbeddedTarget = true,
        }).ConfigureAwait(false);
    }
}
