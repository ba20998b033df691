using Harness.Load.Results;
using Harness.Load.Scenarios;

namespace Harness.Load.Merging;

/// <summary>
/// What <see cref="RunMerger.Merge"/> produced: the merged result and scenario when the shards form one
/// complete run, else every problem found; warnings either way.
/// </summary>
public sealed record MergeOutcome(
    LoadResult? Result,
    Scenario? Scenario,
    IReadOnlyList<string> Folders,
    IReadOnlyList<string> Problems,
    IReadOnlyList<string> Warnings)
{
    public bool IsValid => Problems.Count == 0 && Result is not null;
}
