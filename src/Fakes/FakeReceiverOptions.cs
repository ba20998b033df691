using Harness.Contract;
using Harness.Contract.Fields;
using Harness.Fakes.Faults;

namespace Harness.Fakes;

/// <summary>
/// Everything the reference receiver can be told. Init-only; <see cref="Validate"/> reports every
/// problem at once, and <see cref="FakeReceiver.StartAsync"/> refuses options that have any.
/// </summary>
public sealed record FakeReceiverOptions
{
    /// <summary>The largest body limit accepted (the real gateway's is 12 MB).</summary>
    public const int MaxMaxBodyBytes = 64 * 1024 * 1024;

    /// <summary>Integration keys the receiver accepts; empty means one generated 32-character key.</summary>
    public IReadOnlyList<string> Keys { get; init; } = [];

    /// <summary>When set, <c>X-Auth-Token</c> must equal it (DECISIONS row 1).</summary>
    public string? RequiredToken { get; init; }

    /// <summary>
    /// When set, every <c>/_fake/*</c> request must carry it as <c>X-Auth-Token</c>; when not, the
    /// <see cref="RequiredToken"/> (if any) guards the admin surface too, so a protected receiver
    /// never hands out its alarms or a reset to anyone who asks.
    /// </summary>
    public string? AdminToken { get; init; }

    /// <summary>The token the admin surface requires: <see cref="AdminToken"/>, else <see cref="RequiredToken"/>, else none.</summary>
    public string? EffectiveAdminToken => AdminToken ?? RequiredToken;

    /// <summary>
    /// How open points are read (docs/contract.md): <c>Profile.Strict</c> (the default),
    /// <c>Profile.Lenient</c>, or a profile file's reading (<see cref="ProfileFile.Read"/>).
    /// </summary>
    public ReceiverProfile Profile { get; init; } = ReceiverProfile.Strict;

    /// <summary>Where to listen (http:// only); port 0 picks a free port. The first one becomes <see cref="FakeReceiver.BaseAddress"/>.</summary>
    public IReadOnlyList<string> Urls { get; init; } = ["http://127.0.0.1:0"];

    /// <summary>Bodies over this many bytes get 413 (DECISIONS row 10).</summary>
    public int MaxBodyBytes { get; init; } = ContractLimits.DefaultMaxBodyBytes;

    /// <summary>Delay before each answer of the API route; null for none.</summary>
    public LatencySpec? Latency { get; init; }

    /// <summary>The share (0..1) of authorised requests answered 500 on purpose, without storing the alarm.</summary>
    public double ErrorRate { get; init; }

    /// <summary>A per-key token bucket; excess requests get 429 <c>APIG.0308</c> with <c>Retry-After</c>.</summary>
    public RateLimitSpec? RateLimit { get; init; }

    /// <summary>Periodic pauses of every answer of the API route, like GC pauses.</summary>
    public StallSpec? Stall { get; init; }

    /// <summary>A file every accepted alarm is appended to as one JSON line; null for none.</summary>
    public string? JournalPath { get; init; }

    /// <summary>How many recently accepted alarms <c>/_fake/alarms</c> keeps.</summary>
    public int RecentCapacity { get; init; } = 100;

    /// <summary>
    /// How many active alarms the store tracks; past it, raises are still counted but not kept,
    /// so a long load test with unique ids cannot exhaust memory.
    /// </summary>
    public int MaxTrackedAlarms { get; init; } = 100_000;

    /// <summary>Seeds the random draws of faults (error share, latency), for repeatable runs; null for a random seed.</summary>
    public int? FaultSeed { get; init; }

    /// <summary>The clock of faults, rate limits and timestamps; tests pass a fake one.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Every problem with these options, each naming its option; empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        for (var i = 0; i < (Keys?.Count ?? 0); i++)
        {
            var key = Keys![i];
            if (string.IsNullOrEmpty(key) || !IntegrationKeyRule.HasValidLength(key))
            {
                problems.Add($"Keys[{i}]: a key must have {IntegrationKeyRule.MinLength} to {IntegrationKeyRule.MaxLength} characters");
            }
        }

        if (Keys is { Count: > 1 } && Keys.Distinct(StringComparer.Ordinal).Count() != Keys.Count)
        {
            problems.Add("Keys: the same key is given twice");
        }

        if (RequiredToken is not null && (RequiredToken.Length == 0 || RequiredToken.Any(c => c is < '!' or > '~')))
        {
            problems.Add("RequiredToken: must be non-empty printable ASCII without spaces (it travels in a header)");
        }

        if (AdminToken is not null && (AdminToken.Length == 0 || AdminToken.Any(c => c is < '!' or > '~')))
        {
            problems.Add("AdminToken: must be non-empty printable ASCII without spaces (it travels in a header)");
        }

        if (Urls is null || Urls.Count == 0)
        {
            problems.Add("Urls: at least one address is needed");
        }
        else
        {
            foreach (var url in Urls)
            {
                if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp)
                {
                    // The slim host has no certificate set-up: the fake serves plain HTTP (put a TLS proxy in front if needed).
                    problems.Add($"Urls: '{url}' is not an http:// address (the fake serves plain HTTP)");
                }
                else if (uri.Port == 0 && uri.IsLoopback && uri.HostNameType == UriHostNameType.Dns)
                {
                    // Kestrel cannot give "localhost" one free port on both IPv4 and IPv6.
                    problems.Add($"Urls: '{url}': a free port (0) needs an IP address, e.g. http://127.0.0.1:0");
                }
            }
        }

        if (MaxBodyBytes is < 1 or > MaxMaxBodyBytes)
        {
            problems.Add($"MaxBodyBytes: must be between 1 and {MaxMaxBodyBytes}");
        }

        if (double.IsNaN(ErrorRate) || ErrorRate is < 0 or > 1)
        {
            problems.Add("ErrorRate: must be between 0 and 1");
        }

        if (RecentCapacity is < 0 or > 100_000)
        {
            problems.Add("RecentCapacity: must be between 0 and 100000");
        }

        if (MaxTrackedAlarms < 0)
        {
            problems.Add("MaxTrackedAlarms: must not be negative");
        }

        if (JournalPath is not null && (JournalPath.Length == 0 || Directory.Exists(JournalPath)
            || (Path.GetDirectoryName(Path.GetFullPath(JournalPath)) is { } folder && !Directory.Exists(folder))))
        {
            problems.Add($"JournalPath: '{JournalPath}' must be a file in an existing folder");
        }

        if (Profile is null)
        {
            problems.Add("Profile: must be set");
        }
        else
        {
            problems.AddRange(Profile.Validate().Select(p => "Profile: " + p));
        }

        if (TimeProvider is null)
        {
            problems.Add("TimeProvider: must be set");
        }

        return problems;
    }
}
