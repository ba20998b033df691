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

    /// <summary>Base URL of the target (the route and key are appended); the suite needs one (<c>Harness.Embedded</c> fills in the embedded fake's).</summary>
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

    /// <summary>TLS: verification (Insecure is an explicit opt-in for staging with self-signed certificates), extra CA, client certificate.</summary>
    public TargetTls Tls { get; init; } = new();

    /// <summary>"1.1" or "2": the HTTP version every check is sent with (checked by the pre-flight).</summary>
    public string HttpVersion { get; init; } = "1.1";

    /// <summary>The environment's proxy (HTTP_PROXY/HTTPS_PROXY/NO_PROXY) by default; an explicit one, or none.</summary>
    public TargetProxy Proxy { get; init; } = TargetProxy.Environment;

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
    public double? EffectiveRps => Rps ?? (Target is null || Target.IsLoopback ? null : 20);

    /// <summary>The target as one description, at this address and key (the embedded fake's, or the user's).</summary>
    internal TargetEndpoint Endpoint(Uri baseUrl, string key) => new()
    {
        BaseUrl = baseUrl, Key = key, Token = Token, Headers = Headers, Tls = Tls, HttpVersion = HttpVersion, Proxy = Proxy,
    };

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
        if (Target is not null && !HttpUrl.IsAbsoluteHttp(Target))
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

        if (Target is not null && Target.IsAbsoluteUri)
        {
            problems.AddRange(Endpoint(Target, Key ?? "").Validate().Where(p => !p.StartsWith("--target", StringComparison.Ordinal)));
        }
        else
        {
            problems.AddRange(HeaderLines.Validate(Headers));
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
