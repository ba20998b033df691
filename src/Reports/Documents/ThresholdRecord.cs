namespace Harness.Reports.Documents;

/// <summary>A threshold of the run's scenario, as run.json records it.</summary>
internal sealed record ThresholdRecord(string Expression, bool AbortOnFail, double GraceSeconds);
