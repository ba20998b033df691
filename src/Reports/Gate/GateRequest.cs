namespace Harness.Reports.Gate;

/// <summary>
/// What <c>harness gate</c> is asked, as text from the command line: the run, an optional baseline,
/// extra thresholds, regression limits, and whether to save the run as a baseline when it passes.
/// </summary>
internal sealed record GateRequest(
    string Run, string? Baseline = null, string? MaxRegression = null, IReadOnlyList<string>? Thresholds = null,
    bool SaveBaseline = false, string? SaveBaselineTo = null, bool NoDefaultGate = false, bool AllowUnderstated = false);
