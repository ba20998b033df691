using System.Text.Json;
using System.Text.Json.Serialization;
using Harness.Load.Sharding;
using Harness.Load.Thresholds;

namespace Harness.Load.Records;

/// <summary>
/// A load run, whole: what was asked, what happened and how far to trust it. The engine returns it,
/// a merge adds shards' records into one, run.json is its serialization (<see cref="LoadRecordJson"/>)
/// and every view (console, report.html, summary.md, junit.xml, gate, baseline) reads it.
/// (The serializer sets every init-only member, to null when a file lacks it: defaults are kept by the setters.)
/// </summary>
public sealed record LoadRunRecord
{
    /// <summary>The run.json shape this harness writes; 1 was the unversioned shape before (same fields, no schemaVersion).</summary>
    public const int CurrentSchemaVersion = 2;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>Always <c>load</c> (a conformance run.json says <c>conformance</c>).</summary>
    public string Kind { get; init; } = "load";

    public required string Name { get; init; }

    [JsonConverter(typeof(UtcTimestampConverter))]
    public required DateTimeOffset StartedUtc { get; init; }

    /// <summary>The run was stopped (Ctrl+C) before its phases ended: the results are what was measured so far.</summary>
    public required bool Partial { get; init; }

    /// <summary>Set when an abortOnFail threshold failed and stopped the run early (not partial: the run ended itself).</summary>
    [JsonInclude]
    internal ThresholdAbort? AbortedBy { get; init; }

    /// <summary>The abortOnFail threshold that stopped the run early, as written (null when none did).</summary>
    [JsonIgnore]
    public string? AbortedByThreshold => AbortedBy?.Expression;

    /// <summary>Set when the run could not start: the pre-flight request failed (the cause: untrusted certificate, redirect, proxy 407, ...).</summary>
    public string? Unreachable { get; init; }

    /// <summary>The request address with the key redacted.</summary>
    public required string Target { get; init; }

    /// <summary>The target was the embedded fake receiver, started for this run on a loopback port.</summary>
    public bool EmbeddedTarget { get; init; }

    public required string Transport { get; init; }

    /// <summary>How the target was really reached (TLS, negotiated HTTP version, proxy, header names); null for merged or old runs.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Contract.Targets.ConnectionFacts? Connection { get; init; }

    /// <summary>What bytesIn/bytesOut count, the same on every transport.</summary>
    public string BytesCount { get; init => field = value ?? "bodies"; } = "bodies";

    /// <summary>The run id, index and count when this is one shard of a run (or the merge of all of them).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonInclude]
    internal ShardIdentity? Shard { get; init; }

    [JsonInclude]
    internal RunVersions Versions { get; init => field = value ?? RunVersions.Current; } = RunVersions.Current;

    /// <summary>The scenario's payload seed (absent when the run was not given a scenario).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? Seed { get; init; }

    /// <summary>The scenario as run, secrets redacted (absent when the run was not given a scenario).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? Scenario { get; init; }

    /// <summary>The scenario's thresholds as written and as parsed (absent when the run was not given a scenario).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonInclude]
    internal IReadOnlyList<RecordedThreshold>? Thresholds { get; init; }

    public required LoadTotals Measured { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LoadTotals? Warmup { get; init; }

    /// <summary>Some measured phase achieved less than its target rate (drops, or a dispatcher that fell behind).</summary>
    public bool BelowTargetRate => Phases.Any(p => !p.Warmup && p.BelowTarget);

    /// <summary>Whether the target answered as the API at all; when not, the run fails with this one-line cause.</summary>
    [JsonPropertyName("targetHealth")]
    [JsonInclude]
    internal TargetHealth Health { get; init => field = value ?? TargetHealth.Answering; } = TargetHealth.Answering;

    /// <summary>Why the target was not measured as the API (it stopped answering, or something else answered); null when it was.</summary>
    [JsonIgnore]
    public string? TargetProblem => Health.Cause;

    public required IReadOnlyList<PhaseResult> Phases { get; init; }

    public required SelfCheck SelfCheck { get; init; }

    /// <summary>Null when the target exposes no <c>/_fake/stats</c>, or the comparison was skipped (<see cref="ReconciliationSkipped"/> says why).</summary>
    [JsonInclude]
    internal Reconciliation? Reconciliation { get; init; }

    /// <summary>Why there is no <see cref="Reconciliation"/> (null when there is one).</summary>
    [JsonInclude]
    internal string? ReconciliationSkipped { get; init; }

    /// <summary>One row per interval: timeline.csv, not run.json.</summary>
    [JsonIgnore]
    internal IReadOnlyList<TimelineRow> Timeline { get; init => field = value ?? []; } = [];

    /// <summary>
    /// Sent over planned arrivals across the measured open phases: the arrivals the schedule drew (Poisson
    /// included) up to where each phase ended, or target rate × planned time in runs that did not record
    /// them. Null when no phase had a target rate (closed models).
    /// </summary>
    [JsonIgnore]
    public double? AchievedRatio
    {
        get
        {
            var open = Phases.Where(p => !p.Warmup && p.TargetPerSecond is > 0).ToArray();
            var planned = open.Sum(p => p.PlannedArrivals ?? p.TargetPerSecond!.Value * p.Planned.TotalSeconds);
            return planned <= 0 ? null : open.Sum(p => p.Sent) / planned;
        }
    }

    /// <summary>The start as run.json spells it (UTC, round-trip format).</summary>
    [JsonIgnore]
    public string StartedText => StartedUtc.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The recorded scenario's description, if it has one.</summary>
    [JsonIgnore]
    public string? ScenarioDescription =>
        Scenario is { ValueKind: JsonValueKind.Object } s && s.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;

    /// <summary>The record with what the scenario adds to run.json: its seed, the scenario itself (secrets redacted) and its thresholds.</summary>
    public LoadRunRecord WithScenario(Scenarios.Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return this with
        {
            Seed = scenario.Payload.Seed,
            Scenario = Scenarios.ScenarioWriter.ToElement(scenario),
            Thresholds = [.. scenario.Thresholds.Select(t => new RecordedThreshold(t.Expression, t.Parsed.ToString(), t.AbortOnFail, t.Grace.TotalSeconds))],
        };
    }

    /// <summary>A metric's value over the measured phases, in its base unit (see <see cref="MetricTable"/>); null when there is nothing to judge.</summary>
    internal double? Value(ThresholdMetric metric) => MetricTable.Value(metric, Measured, AchievedRatio);

    /// <summary>
    /// Judges <paramref name="thresholds"/> (by default the scenario's, as recorded) on this run, as the
    /// gate does: each one's value over the measured phases and whether it held (null: nothing to judge).
    /// </summary>
    public IReadOnlyList<ThresholdVerdict> EvaluateThresholds(IEnumerable<Threshold>? thresholds = null)
    {
        var judged = thresholds?.Select(t => (t.Expression, t.Parsed))
            ?? (Thresholds ?? []).Select(t => (t.Expression, ThresholdExpression.Parse(t.Expression)));
        return [.. judged.Select(t => Value(t.Item2.Metric) is { } v
            ? new ThresholdVerdict(t.Expression, v, t.Item2.Metric.Definition.Format(v), t.Item2.IsSatisfiedBy(v))
            : new ThresholdVerdict(t.Expression, null, "n/a", null))];
    }

    /// <summary>Reads the load run in <paramref name="directory"/> (run.json and timeline.csv); throws <see cref="InvalidDataException"/> naming what is wrong.</summary>
    public static LoadRunRecord Read(string directory) => LoadRunFiles.Read(directory);
}
