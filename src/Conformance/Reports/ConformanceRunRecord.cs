using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Harness.Contract.Files;

namespace Harness.Conformance.Reports;

/// <summary>
/// The shape of a conformance run's <c>run.json</c> (schema version 2: adds each check's basis,
/// standing and contract.md link, and the summary's contract / open point / not pinned split). No secrets.
/// </summary>
internal sealed record ConformanceRunRecord(
    string Kind,
    int SchemaVersion,
    string HarnessVersion,
    string Runtime,
    RunSettingsJson Settings,
    RunSummaryJson Summary,
    IReadOnlyList<FindingJson> Findings,
    IReadOnlyList<CheckJson> Checks,
    Harness.Contract.Targets.ConnectionFacts? Connection = null)
{
    public const string FileName = "run.json";

    /// <summary>The run.json shape <see cref="RunDocument"/> writes (0 when a file omits it: read as the first shape).</summary>
    public const int CurrentSchemaVersion = 2;

    /// <summary>The largest run.json read: 100,000 fuzz cases (the most <c>--fuzz</c> allows) at about 2 KiB each, twice over.</summary>
    public const long MaxBytes = 512L * 1024 * 1024;

    /// <summary>run.json's one serialization: camelCase, indented, text kept readable (no \u escapes of quotes and angle brackets).</summary>
    internal static readonly RunJsonContext Json = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    });

    /// <summary>The one reader of a conformance run.json: an <see cref="InvalidDataException"/> names the file and what is wrong.</summary>
    public static ConformanceRunRecord Read(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"'{directory}' holds no {FileName}: is it a conformance run folder?", path);
        }

        return Read(directory, UntrustedFile.ReadAllBytes(path, MaxBytes));
    }

    /// <summary>As <see cref="Read(string)"/>, with run.json's bytes already read (under any limit: this one is checked here).</summary>
    public static ConformanceRunRecord Read(string directory, byte[] runJson)
    {
        var path = Path.Combine(directory, FileName);
        UntrustedFile.CheckLength(path, runJson.Length, MaxBytes);
        ConformanceRunRecord? record;
        try
        {
            record = JsonSerializer.Deserialize(runJson, Json.ConformanceRunRecord);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} cannot be read: {e.Message}", e);
        }

        if (record is not null)
        {
            UntrustedFile.CheckSchemaVersion(path, record.SchemaVersion, CurrentSchemaVersion);
        }

        return record is { Summary: not null, Checks: not null } && record.Checks.All(c => c is not null)
            ? record : throw new InvalidDataException($"{path} cannot be read: a conformance run needs its summary and its checks");
    }
}

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
    string Id, string Title, Checks.CheckGroup Group, string Rule, string SpecRow, string? Field,
    [property: JsonConverter(typeof(Contract.Text.EnumNameConverter<Verdict>))] Verdict Verdict, string Reason,
    string Expected, string Actual, int ExpectedStatus, int? ActualStatus, string? ActualErrorCode, double ElapsedMs,
    string Curl, ExpectationJson Strict, ExpectationJson Lenient, IReadOnlyList<StepJson> Steps,
    string? Basis = null, string? Standing = null, string? Matches = null, string? Contract = null)
{
    /// <summary>A skipped check proves nothing either way, so it does not fail a gate.</summary>
    public bool Passed => Verdict is Conformance.Verdict.Pass or Conformance.Verdict.Skipped;
}

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ConformanceRunRecord))]
internal sealed partial class RunJsonContext : JsonSerializerContext;
