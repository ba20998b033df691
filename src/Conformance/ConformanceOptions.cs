using Harness.Contract;
using Harness.Contract.Fields;

namespace Harness.Conformance;

/// <summary>
/// What to check and how politely. Every property has a safe default: with none set, the suite
/// starts the embedded fake on a free loopback port and checks it under the strict profile.
/// Call <see cref="Validate"/> (the suite does) to get every problem at once.
/// </summary>
public sealed class ConformanceOptions
{
    /// <summary>The largest concurrency accepted: the suite is for shared staging systems, not load.</summary>
    public const int MaxConcurrency = 64;

    /// <summary>Base URL of the target (the route and key are appended); null starts the embedded fake.</summary>
    public Uri? Target { get; init; }

    /// <summary>A valid integration key of the target. Required with <see cref="Target"/>; with the embedded fake it becomes the fake's key.</summary>
    public string? Key { get; init; }

    /// <summary>Sent as <c>X-Auth-Token</c> when set (DECISIONS row 1); the suite then also checks that a missing or wrong token is 401.</summary>
    public string? Token { get; init; }

    /// <summary>Extra headers sent with every request (a gateway's own credentials, say).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    /// <summary>
    /// The profile the target is held to on open points (<c>Profile.Strict</c>, <c>Profile.Lenient</c>
    /// or a <see cref="ReceiverProfile"/> read from a file). Null, the default, holds a target to the
    /// contract alone: deviations on open points are listed, not failed. The embedded fake is always
    /// held to its own profile (strict unless one is given).
    /// </summary>
    public ReceiverProfile? Profile { get; init; }

    /// <summary>Skips TLS certificate validation: an explicit opt-in for staging with self-signed certificates.</summary>
    public bool Insecure { get; init; }

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

    /// <summary>The request rate in force: <see cref="Rps"/>, or its default for the kind of target.</summary>
    public double? EffectiveRps => Rps ?? (Target is null || Target.IsLoopback ? null : 20);

    /// <summary>Every problem with these options, each naming its option; empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Target is not null && (!Target.IsAbsoluteUri || Target.Scheme is not ("http" or "https")))
        {
            problems.Add($"--target: '{Target}' is not an absolute http:// or https:// URL");
        }

        if (Target is not null && string.IsNullOrEmpty(Key))
        {
            problems.Add("--key: a valid integration key of the target is required with --target");
        }

        if (Key is not null && !IntegrationKeyRule.HasValidLength(Key))
        {
            problems.Add($"--key: must be {IntegrationKeyRule.MinLength} to {IntegrationKeyRule.MaxLength} characters long");
        }

        if (Token is not null && Token.Length == 0)
        {
            problems.Add("--token: must not be empty when given");
        }
        else if (Token is not null && !Token.All(c => c is > ' ' and < (char)127))
        {
            // A header carries ASCII only: anything else fails every request at send time.
            problems.Add("--token: may hold printable ASCII characters only (no spaces, no accents)");
        }

        foreach (var header in Headers)
        {
            if (header.Key.Length == 0 || header.Key.Any(c => c <= ' ' || c >= 127 || c == ':'))
            {
                problems.Add($"--header: '{header.Key}' is not a valid header name");
            }
            else if (header.Value.Any(c => c is '\r' or '\n'))
            {
                problems.Add($"--header: the value of '{header.Key}' contains a line break");
            }
            else if (header.Value.Any(c => c >= 127 || (c < ' ' && c != '\t')))
            {
                problems.Add($"--header: the value of '{header.Key}' may hold printable ASCII characters only");
            }
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
}
