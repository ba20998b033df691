namespace Harness.Reports.Thresholds;

/// <summary>How a condition fared against a run.</summary>
public enum ConditionVerdict
{
    Pass,
    Fail,

    /// <summary>The run has nothing to measure it with (a rate target in a closed model, checks in a load run): shown, never failing.</summary>
    NotApplicable,
}
