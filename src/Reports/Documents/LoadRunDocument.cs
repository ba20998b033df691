using Harness.Load.Phases;
using Harness.Load.Results;

namespace Harness.Reports.Documents;

/// <summary>
/// A load run folder read back: run.json (with its histograms decoded) and timeline.csv. Every
/// report and the gate work from this, so what they show is what the run recorded.
/// </summary>
internal sealed record LoadRunDocument
{
    public required string Directory { get; init; }

    public required string Name { get; init; }

    public required string StartedUtc { get; init; }

    public required bool Partial { get; init; }

    public string? Unreachable { get; init; }

    /// <summary>The abortOnFail threshold that stopped the run early, if one did.</summary>
    public ThresholdAbort? AbortedBy { get; init; }

    /// <summary>The request address as run.json holds it (key already redacted).</summary>
    public required string Target { get; init; }

    public required bool EmbeddedTarget { get; init; }

    public required string Transport { get; init; }

    /// <summary>How the target was reached (TLS and its verification, HTTP version, proxy, header names), as one line; null in older runs.</summary>
    public string? Connection { get; init; }

    public required IReadOnlyDictionary<string, string> Versions { get; init; }

    public long? Seed { get; init; }

    public string? ScenarioDescription { get; init; }

    public required IReadOnlyList<ThresholdRecord> Thresholds { get; init; }

    public required LoadCounts Measured { get; init; }

    public required HistogramPair Latency { get; init; }

    public long? WarmupSent { get; init; }

    public required IReadOnlyList<PhaseRecord> Phases { get; init; }

    public required bool SelfCheckUnderstated { get; init; }

    public required IReadOnlyList<string> SelfCheckReasons { get; init; }

    public Reconciliation? Reconciliation { get; init; }

    /// <summary>Why there is no reconciliation, as the run recorded it.</summary>
    public string? ReconciliationSkipped { get; init; }

    /// <summary>Set when the target stopped answering or its answers were mostly not the API's: the one-line cause.</summary>
    public string? TargetHealthCause { get; init; }

    public required IReadOnlyList<TimelineRow> Timeline { get; init; }

    public bool BelowTargetRate => Phases.Any(p => !p.Warmup && p.BelowTarget);

    /// <summary>
    /// Sent over planned arrivals across the measured open phases: the arrivals the schedule drew (Poisson
    /// included) up to where each phase ended, or target rate × planned time in runs that did not record
    /// them. Null when no phase had a target rate (closed models).
    /// </summary>
    public double? AchievedRatio
    {
        get
        {
            var open = Phases.Where(p => !p.Warmup && p.TargetPerSecond is > 0).ToArray();
            var planned = open.Sum(p => p.PlannedArrivals ?? p.TargetPerSecond!.Value * p.PlannedSeconds);
            return planned <= 0 ? null : open.Sum(p => p.Sent) / planned;
        }
    }
}
