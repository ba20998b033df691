using Harness.Conformance.Checks;
using Harness.Conformance.Reports;
using Harness.Conformance.Running;

namespace Harness.Conformance;

/// <summary>
/// The conformance suite as a library: run every check against a target (Harness.Embedded adds the embedded fake)
/// and get each as a <see cref="CheckResult"/> to assert on.
/// <code>
/// var run = await ConformanceSuite.RunAsync(new ConformanceOptions { Target = new() { BaseUrl = new("https://staging/"), Key = key } });
/// Assert.True(run.Passed, string.Join("\n", run.Failures.Select(f => $"{f.Id}: {f.Reason}")));
/// </code>
/// </summary>
public static class ConformanceSuite
{
    /// <summary>
    /// Runs the suite. Throws <see cref="ArgumentException"/> listing every problem with the options,
    /// and <see cref="TargetUnreachableException"/> when the target does not answer the first probe.
    /// Cancellation ends the run early with <see cref="ConformanceRun.Interrupted"/> set.
    /// </summary>
    public static Task<ConformanceRun> RunAsync(ConformanceOptions options, IProgress<CheckResult>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return SuiteRunner.RunAsync(options, CheckCatalogue.Build(options.Target?.Token is not null), includeFuzz: true, progress, ct);
    }

    /// <summary>
    /// Re-sends the checks recorded in a run folder's <c>run.json</c> (those matching
    /// <see cref="ConformanceOptions.Only"/>, or all), with their recorded bytes and expectations,
    /// to the target of <paramref name="options"/> (Harness.Embedded starts a new embedded fake when it has none). The
    /// recorded target is never used: a run folder is data and cannot choose where requests (and the
    /// key) go. Steps are validated first (<see cref="ReplayStep"/>): an <see cref="InvalidDataException"/>
    /// names the first step that a replay will not send. The key is never recorded: give it again.
    /// </summary>
    public static Task<ConformanceRun> ReplayAsync(string runDirectory, ConformanceOptions options, IProgress<CheckResult>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var recorded = RunDocument.ReadChecks(runDirectory);
        return SuiteRunner.RunAsync(options, recorded, includeFuzz: false, progress, ct);
    }

    /// <summary>
    /// What the target did on every open point a profile records, as a profile named
    /// <paramref name="name"/>: write it with <see cref="Harness.Contract.ProfileFile.ToUtf8"/>, start
    /// the fake with it, or hold the target to it with <see cref="ConformanceOptions.Profile"/>.
    /// </summary>
    public static Harness.Contract.ReceiverProfile ObserveProfile(ConformanceRun run, string name) =>
        Observations.ProfileObserver.Observe(run, name);

    /// <summary>The ids of every check the suite would run (catalogue only, no fuzz cases).</summary>
    public static IReadOnlyList<string> CheckIds(bool tokenConfigured = false) =>
        CheckCatalogue.Build(tokenConfigured).Select(c => c.Id).ToArray();
}
