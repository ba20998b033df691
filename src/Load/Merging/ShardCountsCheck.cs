using Harness.Load.Results;

namespace Harness.Load.Merging;

/// <summary>
/// A shard's totals as a merge may believe them: every count from 0 to 10^15 and the time finite.
/// A crafted shard with <c>sent: -5</c> could otherwise cancel another shard's lost requests out of
/// the merged books (the merged accounting is recomputed from the sums, never read).
/// </summary>
internal static class ShardCountsCheck
{
    private const long MaxCount = 1_000_000_000_000_000;

    /// <summary>The first problem with the totals, or null.</summary>
    public static string? Problem(LoadTotals totals, string what)
    {
        (string Name, long Value)[] counts =
        [
            ("scheduled", totals.Scheduled), ("sent", totals.Sent), ("dropped", totals.Dropped), ("late", totals.Late),
            ("bytesIn", totals.BytesIn), ("bytesOut", totals.BytesOut),
            .. totals.Outcomes.Select(o => ($"outcomes.{o.Key}", o.Value)),
            .. totals.Statuses.Select(s => ($"statuses.{s.Key}", s.Value)),
            .. totals.ErrorCodes.Select(e => ("errorCodes", e.Value)),
        ];
        foreach (var (name, value) in counts)
        {
            if (value is < 0 or > MaxCount)
            {
                return $"{what}.{name}: {value} is not a count (0 to {MaxCount})";
            }
        }

        return double.IsFinite(totals.Seconds) && totals.Seconds >= 0 ? null : $"{what}.seconds: {totals.Seconds} is not a finite, non-negative time";
    }
}
