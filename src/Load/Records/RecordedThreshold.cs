namespace Harness.Load.Records;

/// <summary>A threshold of the run's scenario as run.json records it: as written, as parsed, and how it may stop the run.</summary>
internal sealed record RecordedThreshold(string Expression, string? Parsed, bool AbortOnFail, double GraceSeconds);
