namespace Harness.Reports.Documents;

/// <summary>What produced a run folder, from run.json's <c>kind</c>.</summary>
public enum RunKind
{
    Load,
    Conformance,
}
