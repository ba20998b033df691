namespace Harness.Load.Thresholds;

/// <summary>A threshold judged on a run: its measured value (null: nothing to judge), that value as people read it, and whether it held (null: neither).</summary>
public sealed record ThresholdVerdict(string Expression, double? Value, string ValueText, bool? Passed);
