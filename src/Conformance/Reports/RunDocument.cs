using System.Reflection;
using System.Text.Json;
using Harness.Conformance.Checks;
using Harness.Generators.Broken;
using Harness.Runs;

namespace Harness.Conformance.Reports;

/// <summary>
/// Writes <c>run.json</c> (the machine-readable whole, bodies included so a replay re-sends the
/// same bytes; large bodies go to <c>bodies/</c>) and reads its checks back for a replay.
/// </summary>
internal static class RunDocument
{
    public const string FileName = "run.json";

    public static void Write(ConformanceRun run, RunFolder folder)
    {
        var checks = run.Records.Select(r => ToJson(r, folder, run)).ToArray();
        var settings = run.Settings;
        var document = new ConformanceRunRecord("conformance", ConformanceRunRecord.CurrentSchemaVersion, HarnessVersion(), $".NET {Environment.Version}",
            new RunSettingsJson(settings.Target, settings.Embedded, settings.Profile?.Name, settings.Seed, settings.Fuzz,
                settings.Concurrency, settings.Rps, settings.Timeout.TotalSeconds, settings.StartedUtc, settings.TokenConfigured,
                settings.Only, settings.Skip),
            new RunSummaryJson(run.Passed, run.Interrupted, run.Duration.TotalSeconds, run.Checks.Count,
                Enum.GetValues<Verdict>().ToDictionary(v => v.ToString(), run.Count),
                run.SuggestedProfile is { } p ? Name(p) : null, run.Violations, run.Deviations, run.NotPinnedFindings, run.Split),
            run.Findings.Select(f => new FindingJson(f.Id, f.Title, run.Redact(f.Observed), f.Evidence, f.Matches is { } m ? Name(m) : null)).ToArray(),
            checks,
            run.Connection);
        folder.Write(FileName, JsonSerializer.SerializeToUtf8Bytes(document, ConformanceRunRecord.Json.ConformanceRunRecord));
    }

    /// <summary>
    /// The recorded checks, every step validated (<see cref="ReplayStep"/>). The recorded target is
    /// never read: a run folder from elsewhere must not choose where requests (and the key) go.
    /// </summary>
    public static IReadOnlyList<ConformanceCheck> ReadChecks(string runDirectory)
    {
        var folder = RunFolder.Open(runDirectory);
        var path = folder.File(FileName);
        var document = ConformanceRunRecord.Read(runDirectory);
        if (document.Checks is null || document.Checks.Any(c => c?.Steps is null || c.Strict is null || c.Lenient is null || c.Id is null))
        {
            throw new InvalidDataException($"{path}: every check needs an id, steps and both expectations");
        }

        // Ids name files of the replay's own run folder (bodies/<id>.<step>.body): plain names only.
        if (document.Checks.FirstOrDefault(c => c.Id.Length is 0 or > 200 || !c.Id.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '.' or '-' or '_')
            || c.Id.StartsWith('.')) is { } bad)
        {
            throw new InvalidDataException($"{path}: check id '{Harness.Contract.ConsoleText.Clean(bad.Id)}' is not a plain id (letters, digits, '.', '-', '_')");
        }

        return document.Checks.Select(c => BasisRules.Classify(new ConformanceCheck(c.Id, c.Title ?? "", c.Group, c.Rule ?? "", c.SpecRow ?? "", c.Field,
            c.Steps.Select(s => ReplayStep.ToRequest(s, folder, c.Id)).ToArray(), ToExpectation(c.Strict), ToExpectation(c.Lenient)))).ToArray();
    }

    private static CheckJson ToJson(CheckRecord record, RunFolder folder, ConformanceRun run)
    {
        var (check, result) = (record.Check, record.Result);
        var steps = check.Steps.Select((step, i) =>
        {
            string? file = null;
            if (step.Body.Length > CurlCommand.InlineBodyLimit)
            {
                file = CurlCommand.BodyFileName(check.Id, i);
                folder.Write(file, step.Body);
            }

            return new StepJson(file is null ? Convert.ToBase64String(step.Body) : null, file, step.ContentType,
                step.Key.ToString(), step.Token.ToString(), step.ExtraHeaders, step.Method, step.Path);
        }).ToArray();
        return new CheckJson(check.Id, run.Redact(check.Title), check.Group, check.Rule, check.SpecRow, check.Field,
            result.Verdict, run.Redact(result.Reason), result.Expected, run.Redact(result.Actual),
            result.ExpectedStatus, result.ActualStatus, result.ActualErrorCode, Math.Round(result.ElapsedMs, 3),
            result.RedactedCurl, FromExpectation(check.Strict), FromExpectation(check.Lenient), steps,
            Kebab(result.Basis), Kebab(result.Standing), result.Matches, ContractLink(result.Anchor));
    }

    private static ExpectationJson FromExpectation(Expectation e) => new(e.Status, e.ErrorCode, e.MustName);

    private static Expectation ToExpectation(ExpectationJson e) => new(e.Status, e.ErrorCode, e.MustName);

    internal static string Name(Harness.Contract.Profile profile) => profile.ToString().ToLowerInvariant();

    /// <summary>Where a rule is written, for users: the contract page shipped with the project.</summary>
    internal static string ContractLink(string anchor) => anchor.Length == 0 ? ContractPage : $"{ContractPage}#{anchor}";

    internal const string ContractPage = "docs/contract.md";

    /// <summary><c>OpenPoint</c> as <c>open-point</c>: how run.json and junit.xml spell enum values.</summary>
    internal static string Kebab<T>(T value) where T : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    internal static T ParseKebab<T>(string? text, T fallback) where T : struct, Enum =>
        Enum.TryParse<T>(text?.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var value) ? value : fallback;

    internal static string HarnessVersion() =>
        typeof(RunDocument).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
}
