namespace Harness.Reports.Documents;

/// <summary>One check of a conformance run as run.json records it (what <c>checks.&lt;glob&gt;</c> thresholds read).</summary>
internal sealed record ConformanceCheckRecord(string Id, string Verdict, string Group)
{
    /// <summary>A skipped check proves nothing either way, so it does not fail a gate.</summary>
    public bool Passed => Verdict is "Pass" or "Skipped";
}
