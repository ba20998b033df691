using Harness.Contract;

namespace Harness.Load.Scenarios;

/// <summary>
/// Where the load goes. Every property is optional: with no base URL the engine starts the
/// embedded fake receiver; the command line (<c>--target</c>, <c>--key</c>) wins over the file.
/// </summary>
public sealed record ScenarioTarget
{
    /// <summary>Base URL of the receiver (scheme, host, port, optional path prefix).</summary>
    public Uri? BaseUrl { get; init; }

    /// <summary>The integration key (a secret: never printed unredacted).</summary>
    public string? Key { get; init; }

    /// <summary>Optional X-Auth-Token value (a secret).</summary>
    public string? Token { get; init; }

    /// <summary>Which contract profile decides the expected outcome of each payload.</summary>
    public Profile Profile { get; init; } = Profile.Strict;

    /// <summary>Skip TLS certificate verification (explicit opt-in only).</summary>
    public bool Insecure { get; init; }

    public override string ToString() =>
        $"ScenarioTarget {{ BaseUrl = {BaseUrl}, Key = {(Key is null ? "" : Secrets.Redact(Key))}, " +
        $"Token = {(Token is null ? "" : Secrets.Redact(Token))}, Profile = {Profile}, Insecure = {Insecure} }}";
}
