namespace Harness.Reports.Thresholds;

/// <summary>A condition with what the run measured for it and the verdict.</summary>
internal sealed record ConditionOutcome(GateCondition Condition, string Observed, ConditionVerdict Verdict, string? Note = null)
{
    /// <summary>The measured value in the metric's base unit (ms, ratio, count, per second), or null.</summary>
    public double? Value { get; init; }
}
