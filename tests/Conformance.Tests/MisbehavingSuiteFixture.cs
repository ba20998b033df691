using System.Collections.Concurrent;
using Harness.Contract;
using Harness.Embedded;
using Harness.Fakes.Misbehaving;

namespace Harness.Conformance.Tests;

/// <summary>
/// Runs the conformance suite once against every misbehaving target (and controls with no
/// defect, in both profiles and crossed), a few at a time, and keeps the runs for the tests to read: one pass of about 30 suite
/// runs shared by all of them keeps the whole file well under a minute.
/// </summary>
public sealed class MisbehavingSuiteFixture : IAsyncLifetime
{
    public const string Token = "misbehaving-token-0123456789";

    // Far beyond the suite's timeout: the slow defect must show as target errors, not as slow passes.
    private static readonly TimeSpan SlowDelay = TimeSpan.FromMinutes(1);
    // Generous for loopback: a shared 2-core CI machine stalls now and then, and a timeout there would
    // be a target error the defect did not cause.
    private static readonly TimeSpan SuiteTimeout = TimeSpan.FromSeconds(8);
    private const int RunsAtOnce = 4;

    private readonly ConcurrentDictionary<Defect, ConformanceRun> _runs = new();

    /// <summary>The suite, strict, against the receiver with no defect (strict).</summary>
    public ConformanceRun Control { get; private set; } = null!;

    /// <summary>The suite, lenient, against the receiver with no defect (lenient).</summary>
    public ConformanceRun LenientControl { get; private set; } = null!;

    /// <summary>The suite, strict, against a correct lenient receiver: a profile mismatch, not a defect.</summary>
    public ConformanceRun StrictSuiteOnLenientTarget { get; private set; } = null!;

    /// <summary>The suite, lenient, against a correct strict receiver.</summary>
    public ConformanceRun LenientSuiteOnStrictTarget { get; private set; } = null!;

    public ConformanceRun RunFor(Defect defect) => _runs[defect];

    public async Task InitializeAsync()
    {
        // Thirty WireMock hosts and suite runs share this process: without spare pool threads the
        // first seconds starve, and requests time out for no fault of the target.
        ThreadPool.GetMinThreads(out var workers, out var ports);
        ThreadPool.SetMinThreads(Math.Max(workers, 64), Math.Max(ports, 64));

        var control = RunAsync(null, Profile.Strict, Profile.Strict);
        var lenientControl = RunAsync(null, Profile.Lenient, Profile.Lenient);
        var strictOnLenient = RunAsync(null, Profile.Lenient, Profile.Strict);
        var lenientOnStrict = RunAsync(null, Profile.Strict, Profile.Lenient);
        // The slow defect waits out the suite's timeout twice (the re-send): start it first so the wait overlaps the rest.
        var defects = Enum.GetValues<Defect>().OrderBy(d => d == Defect.SlowRecoveries ? 0 : 1);
        await Parallel.ForEachAsync(defects, new ParallelOptions { MaxDegreeOfParallelism = RunsAtOnce },
            async (defect, _) => _runs[defect] = await RunAsync(defect, Profile.Strict, Profile.Strict));
        Control = await control;
        LenientControl = await lenientControl;
        StrictSuiteOnLenientTarget = await strictOnLenient;
        LenientSuiteOnStrictTarget = await lenientOnStrict;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<ConformanceRun> RunAsync(Defect? defect, Profile targetProfile, Profile suiteProfile)
    {
        var options = new MisbehavingOptions { Token = Token, SlowDelay = SlowDelay, Profile = targetProfile };
        using var target = defect is { } planted ? MisbehavingTarget.Start(planted, options) : MisbehavingTarget.StartControl(options);
        return await ConformanceRuns.RunAsync(new ConformanceOptions
        {
            Target = new() { BaseUrl = target.BaseAddress, Key = target.Key, Token = target.Token },
            Profile = suiteProfile,
            Concurrency = 4,
            Timeout = SuiteTimeout,
            Rps = 100_000,
        });
    }
}

/// <summary>The suite runs are shared by every test class of the collection: they are made once.</summary>
[CollectionDefinition(Name)]
public sealed class MisbehavingSuiteCollection : ICollectionFixture<MisbehavingSuiteFixture>
{
    public const string Name = "misbehaving suite runs";
}
