using System.Text.Json.Serialization;
using Harness.Contract.Text;
using Harness.Load.Phases;

namespace Harness.Load.Records;

/// <summary>How one phase went: what it asked for and what it achieved.</summary>
public sealed record PhaseResult(
    string Name,
    [property: JsonConverter(typeof(CamelEnumConverter<PhaseKind>))] PhaseKind Kind,
    bool Warmup,
    [property: JsonPropertyName("plannedSeconds"), JsonConverter(typeof(SecondsConverter))] TimeSpan Planned,
    [property: JsonPropertyName("actualSeconds"), JsonConverter(typeof(RoundedSecondsConverter))] TimeSpan Actual,
    long Scheduled,
    long Sent,
    long Dropped,
    long Late,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull), JsonConverter(typeof(RoundedConverter))] double? TargetPerSecond,
    [property: JsonPropertyOrder(1), JsonConverter(typeof(RoundedConverter))] double AchievedPerSecond,
    [property: JsonPropertyOrder(1)] bool BelowTarget)
{
    /// <summary>
    /// Open phases: the arrivals the schedule drew for this agent (up to the stop when the run stopped
    /// early). achieved_rate is sent over these.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? PlannedArrivals { get; init; }

    /// <summary>Achieved below this share of the planned arrivals is a shortfall.</summary>
    internal const double RateTolerance = 0.99;

    /// <summary>
    /// The one judgement of a phase's rate, for the engine and for a merge of shards. The rate is judged
    /// over the longer of the planned and the actual time (a dispatcher that fell behind stretches the
    /// phase, and that is a shortfall too), except where the phase's own time is the measure: an
    /// iteration phase (its duration is only an upper bound) and a phase the run stopped early (Ctrl+C,
    /// abortOnFail), which never had its planned time. Below target compares sent with the arrivals the
    /// schedule itself drew, so Poisson's spread is no shortfall; runs that did not record those are
    /// judged on the scheduled rate.
    /// </summary>
    internal static (double Achieved, bool Below) JudgeRate(
        PhaseKind kind, TimeSpan planned, TimeSpan actual, long scheduled, long sent, long? plannedArrivals, bool hasTarget, bool stoppedEarly)
    {
        var span = OwnTime(kind, planned, actual, stoppedEarly) ? actual.TotalSeconds : Math.Max(planned.TotalSeconds, actual.TotalSeconds);
        var achieved = span > 0 ? sent / span : 0;
        var below = hasTarget && planned > TimeSpan.Zero
            && (plannedArrivals is { } arrivals ? sent < arrivals * RateTolerance : achieved < scheduled / planned.TotalSeconds * RateTolerance);
        return (achieved, below);
    }

    /// <summary>Whether the phase is measured over its own (actual) time rather than its planned one.</summary>
    internal static bool OwnTime(PhaseKind kind, TimeSpan planned, TimeSpan actual, bool stoppedEarly) =>
        kind == PhaseKind.Iterations || (stoppedEarly && actual < planned);
}
