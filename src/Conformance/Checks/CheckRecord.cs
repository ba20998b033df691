namespace Harness.Conformance.Checks;

/// <summary>A check as it was sent (for fuzz cases, after shrinking) with its result: what run.json and replays need.</summary>
internal sealed record CheckRecord(ConformanceCheck Check, CheckResult Result);
