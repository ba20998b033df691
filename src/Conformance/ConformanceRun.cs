using Harness.Conformance.Checks;
using Harness.Conformance.Running;
using Harness.Contract;

namespace Harness.Conformance;

/// <summary>
/// The result of one run of the suite: every check (in report order, skipped ones included), the
/// findings about the target, and what the run was pointed at. <see cref="Passed"/> is the verdict.
/// </summary>
public sealed class ConformanceRun
{
    internal ConformanceRun(RunSettings settings, IReadOnlyList<CheckRecord> records, IReadOnlyList<Finding> findings, TimeSpan duration, bool interrupted, IReadOnlyList<string?> secrets)
    {
        Secrets = secrets;
        Settings = settings;
        Records = records;
        Checks = records.Select(r => r.Result).ToArray();
        Findings = findings;
        Duration = duration;
        Interrupted = interrupted;
        SuggestedProfile = findings.FirstOrDefault(f => f.Id == Observations.Observer.ProfileFindingId)?.Matches;
    }

    /// <summary>The target as reports show it (with "(embedded fake)" when the suite started one).</summary>
    public string Target => Settings.Target;

    /// <summary>True when no target was given and the suite checked the embedded fake.</summary>
    public bool EmbeddedTarget => Settings.Embedded;

    /// <summary>The profile the target was held to on open points, or null when only the contract decided.</summary>
    public ReceiverProfile? Profile => Settings.Profile;

    /// <summary>Checks whose answers break a pinned rule (a failure under every profile).</summary>
    public int Violations => Checks.Count(c => c.Standing == Standing.Violation);

    /// <summary>Checks whose answers read an open point differently from the profile (or from strict, with none).</summary>
    public int Deviations => Checks.Count(c => c.Standing == Standing.Deviation);

    /// <summary>Checks whose answers differ on a point nothing pins (never failures).</summary>
    public int NotPinnedFindings => Checks.Count(c => c.Standing == Standing.Finding);

    /// <summary>One line: the contract, open points and unpinned points kept apart.</summary>
    public string Split => $"contract: {Violations} violation(s); open points: {Deviations} deviation(s) from "
        + $"{Profile?.Name ?? "strict (reference only: no --profile)"}; not pinned: {NotPinnedFindings} finding(s)"
        + (SuggestedProfile is { } best ? $"; best fit: {best.ToString().ToLowerInvariant()}" : "");

    /// <summary>The seed of the fuzzer and generated payloads.</summary>
    public int Seed => Settings.Seed;

    /// <summary>When the run started (UTC, from the options' clock).</summary>
    public DateTimeOffset StartedUtc => Settings.StartedUtc;

    public TimeSpan Duration { get; }

    /// <summary>Every check, in report order; the ones left out by filters are <see cref="Verdict.Skipped"/>.</summary>
    public IReadOnlyList<CheckResult> Checks { get; }

    /// <summary>Observations about how the target reads the open points of the spec.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The profile the target's behaviour matches best, when the probes tell.</summary>
    public Profile? SuggestedProfile { get; }

    /// <summary>True when the run was cancelled before every check ran (the results are partial).</summary>
    public bool Interrupted { get; }

    /// <summary>
    /// True when the run completed with no contract violation and, when a profile was given, no
    /// deviation from it.
    /// </summary>
    public bool Passed => !Interrupted && Checks.All(c => c.Passed);

    /// <summary>The checks that did not pass.</summary>
    public IEnumerable<CheckResult> Failures => Checks.Where(c => !c.Passed);

    /// <summary>How many checks ended with a verdict.</summary>
    public int Count(Verdict verdict) => Checks.Count(c => c.Verdict == verdict);

    /// <summary>The result of the check with this id, or null.</summary>
    public CheckResult? this[string id] => Checks.FirstOrDefault(c => c.Id == id);

    internal RunSettings Settings { get; }

    internal IReadOnlyList<CheckRecord> Records { get; }

    /// <summary>Keys, tokens and header values of the run: reports redact them wherever they appear.</summary>
    internal IReadOnlyList<string?> Secrets { get; }

    /// <summary>A text with every secret of the run redacted.</summary>
    internal string Redact(string text) => Harness.Contract.Secrets.RedactIn(text, Secrets);
}
