using System.Text.Json.Serialization;

namespace Harness.Conformance.Reports;

/// <summary>
/// The shape of a conformance run's <c>run.json</c> (schema version 2: adds each check's basis,
/// standing and contract.md link, and the summary's contract / open point / not pinned split). No secrets.
/// </summary>
internal sealed record RunJson(
    string Kind,
    int SchemaVersion,
    string HarnessVersion,
    string Runtime,
    RunSettingsJson Settings,
    RunSummaryJson Summary,
    IReadOnlyList<FindingJson> Findings,
    IReadOnlyList<CheckJson> Checks);

internal sealed record RunSettingsJson(
    string Target, bool Embedded, string? Profile, int Seed, int Fuzz, int Concurrency, double? Rps,
    double TimeoutSeconds, DateTimeOffset StartedUtc, bool TokenConfigured, IReadOnlyList<string> Only, IReadOnlyList<string> Skip);

internal sealed record RunSummaryJson(
    bool Passed, bool Interrupted, double DurationSeconds, int Total, IReadOnlyDictionary<string, int> Verdicts, string? SuggestedProfile,
    int Violations = 0, int Deviations = 0, int NotPinned = 0, string? Split = null);

internal sealed record FindingJson(string Id, string Title, string Observed, IReadOnlyList<string> Evidence, string? Matches);

internal sealed record ExpectationJson(int Status, string ErrorCode, IReadOnlyList<string> MustName);

internal sealed record StepJson(
    string? BodyBase64, string? BodyFile, string? ContentType, string Key, string Token, IReadOnlyList<KeyValuePair<string, string>> Headers,
    string Method, string? Path);

internal sealed record CheckJson(
    string Id, string Title, string Group, string Rule, string SpecRow, string? Field, string Verdict, string Reason,
    string Expected, string Actual, int ExpectedStatus, int? ActualStatus, string? ActualErrorCode, double ElapsedMs,
    string Curl, ExpectationJson Strict, ExpectationJson Lenient, IReadOnlyList<StepJson> Steps,
    string? Basis = null, string? Standing = null, string? Matches = null, string? Contract = null);

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(RunJson))]
internal sealed partial class RunJsonContext : JsonSerializerContext;
