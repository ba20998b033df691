using Harness.Contract;
using Harness.Contract.Fields;
using Harness.Contract.Targets;

namespace Harness.Conformance;

/// <summary>
/// What to check and how politely. Every property but <see cref="Target"/> has a safe default; with
/// no target, <c>Harness.Embedded</c> starts the embedded fake and checks it under the strict profile.
/// Call <see cref="Validate"/> (the suite does) to get every problem at once.
/// </summary>
public sealed record ConformanceOptions
{
    /// <summary>The largest concurrency accepted: the suite is for shared staging systems, not load.</summary>
    public const int MaxConcurrency = 64;

    /// <summary>
    /// The receiver: base URL (the route is appended), a valid integration key, the <c>X-Auth-Token</c>
    /// (when set the suite also checks that a missing or wrong token is 401, DECISIONS row 1), extra
    /// headers, TLS, HTTP version and proxy. Null: <c>Harness.Embedded</c> checks the embedded fake.
    /// </summary>
    public TargetEndpoint? Target { get; init; }

    /// <summary>
    /// The profile the target is held to on open points (<c>Profile.Strict</c>, <c>Profile.Lenient</c>
    /// or a <see cref="ReceiverProfile"/> read from a file). Null, the default, holds a target to the
    /// contract alone: deviations on open points are listed, not failed. The embedded fake is always
    /// held to its own profile (strict unless one is given).
    /// </summary>
    public ReceiverProfile? Profile { get; init; }

    /// <summary>How long one request may take before it counts as a target error.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Seeds the fuzzer and the order-independent parts of generated payloads.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Globs over check ids (<c>*</c>, <c>?</c>); when any is given only matching checks run.</summary>
    public IReadOnlyList<string> Only { get; init; } = [];

    /// <summary>Globs over check ids to leave out (recorded as skipped).</summary>
    public IReadOnlyList<string> Skip { get; init; } = [];

    /// <summary>How many checks run at once.</summary>
    public int Concurrency { get; init; } = 4;

    /// <summary>
    /// Requests per second at most. Null means 20 against a remote target (staging is shared) and
    /// no limit against the embedded fake or any loopback target.
    /// </summary>
    public double? Rps { get; init; }

    /// <summary>How many seeded random mutations to send beyond the catalogue.</summary>
    public int Fuzz { get; init; }

    /// <summary>Keeps keys and tokens readable in curl lines (never in files unless the caller writes them).</summary>
    public bool ShowSecrets { get; init; }

    /// <summary>The clock (for rate limiting and timestamps).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>True when <see cref="Target"/> is the embedded fake started for the run (reports say so).</summary>
    internal bool EmbeddedTarget { get; init; }

    /// <summary>The request rate in force: <see cref="Rps"/>, or its default for the kind of target.</summary>
    public double? EffectiveRps => Rps ?? (Target is null || Target.BaseUrl.IsLoopback ? null : 20);

    /// <summary>The type's name only: the options hold secrets (key, token, header values) that a record would print.</summary>
    public override string ToString() => nameof(ConformanceOptions);

    /// <summary>Throws <see cref="ArgumentException"/> listing every problem <see cref="Validate"/> finds.</summary>
    internal void ThrowIfInvalid()
    {
        var problems = Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid conformance options:" + Environment.NewLine + string.Join(Environment.NewLine, problems), "options");
        }
    }

    /// <summary>Every problem with these options, each naming its option; empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Target is { } target)
        {
            // The address first, then the credentials, then how to reach it: the order the options are documented in.
            var reach = target.Validate().ToLookup(p => p.StartsWith("--target", StringComparison.Ordinal));
            problems.AddRange(reach[true]);
            problems.AddRange(TargetProblems(target.Key, target.Token));
            problems.AddRange(reach[false]);
        }

        if (Timeout <= TimeSpan.Zero || Timeout > TimeSpan.FromMinutes(10))
        {
            problems.Add($"--timeout: {Timeout} is outside (0, 10 minutes]");
        }

        if (Concurrency is < 1 or > MaxConcurrency)
        {
            problems.Add($"--concurrency: {Concurrency} is outside 1..{MaxConcurrency}");
        }

        if (Rps is { } rps && (double.IsNaN(rps) || rps <= 0))
        {
            problems.Add($"--rps: {rps} must be a positive number of requests per second");
        }

        if (Fuzz is < 0 or > 100_000)
        {
            problems.Add($"--fuzz: {Fuzz} is outside 0..100000");
        }

        foreach (var problem in Profile?.Validate() ?? [])
        {
            problems.Add($"--profile: {problem}");
        }

        foreach (var glob in Only.Concat(Skip))
        {
            if (string.IsNullOrWhiteSpace(glob))
            {
                problems.Add("--only/--skip: an empty glob matches nothing; leave it out");
            }
        }

        return problems;
    }

    /// <summary>What is wrong with a key and token for the suite; the embedded fake's key may be left out (it makes one).</summary>
    public static IEnumerable<string> TargetProblems(string? key, string? token, bool keyRequired = true)
    {
        if (string.IsNullOrEmpty(key) && keyRequired)
        {
            yield return "--key: a valid integration key of the target is required with --target";
        }
        else if (key is not null && !IntegrationKeyRule.HasValidLength(key))
        {
            yield return $"--key: must be {IntegrationKeyRule.MinLength} to {IntegrationKeyRule.MaxLength} characters long";
        }

        if (token is not null && token.Length == 0)
        {
            yield return "--token: must not be empty when given";
        }
        else if (token is not null && !token.All(c => c is > ' ' and < (char)127))
        {
            // A header carries ASCII only: anything else fails every request at send time.
            yield return "--token: may hold printable ASCII characters only (no spaces, no accents)";
        }
    }
}
