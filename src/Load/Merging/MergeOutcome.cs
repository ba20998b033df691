using Harness.Load.Records;

namespace Harness.Load.Merging;

/// <summary>
/// What <see cref="RunMerger.Merge"/> produced: the merged record (its scenario as the shards recorded it) when the shards form one
/// complete run, else every problem found; warnings either way.
/// </summary>
internal sealed record MergeOutcome(
    LoadRunRecord? Result,
    IReadOnlyList<string> Folders,
    IReadOnlyList<string> Problems,
    IReadOnlyList<string> Warnings)
{
    public bool IsValid => Problems.Count == 0 && Result is not null;
}
