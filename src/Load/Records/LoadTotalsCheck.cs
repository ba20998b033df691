using System.Globalization;

namespace Harness.Load.Records;

/// <summary>
/// A run.json may come from anywhere, so a record read from disk is checked before the gate or a merge
/// believes it: every count a whole number in [0, 10^15] (a crafted <c>sent: -5</c> could otherwise
/// cancel another shard's lost requests out of merged books), times finite and non-negative, and
/// <c>completed</c> the sum of the answered outcomes. Accounting itself is always recomputed, never read.
/// </summary>
internal static class LoadTotalsCheck
{
    /// <summary>More requests than any run can send: a larger count is a tampered or corrupt file.</summary>
    public const long MaxCount = 1_000_000_000_000_000;

    /// <summary>Every problem with the record's totals, each naming its JSON path.</summary>
    public static IReadOnlyList<string> Problems(LoadRunRecord record)
    {
        var problems = Problems(record.Measured, "measured");
        return record.Warmup is { } warmup ? [.. problems, .. Problems(warmup, "warmup")] : problems;
    }

    private static List<string> Problems(LoadTotals totals, string path)
    {
        (string Name, long Value)[] counts =
        [
            ("scheduled", totals.Scheduled), ("sent", totals.Sent), ("dropped", totals.Dropped), ("late", totals.Late),
            ("bytesIn", totals.BytesIn), ("bytesOut", totals.BytesOut),
            .. totals.Outcomes.Select(o => ($"outcomes.{OutcomeNames.Json(o.Key)}", o.Value)),
            .. totals.Statuses.Select(s => ($"statuses.{(s.Key < 0 ? "other" : s.Key.ToString(CultureInfo.InvariantCulture))}", s.Value)),
            .. totals.ErrorCodes.Select(e => ($"errorCodes.{e.Key}", e.Value)),
        ];
        var problems = counts.Where(c => c.Value is < 0 or > MaxCount)
            .Select(c => $"{path}.{c.Name}: {c.Value} is not a count (a whole number from 0 to {MaxCount})").ToList();
        // Latencies are recorded for requests sent (answers, failures): a histogram holding more was not measured with these counts.
        foreach (var (name, histogram) in new[] { ("responseTime", totals.ResponseTime), ("serviceTime", totals.ServiceTime), ("failedTime", totals.FailedTime) })
        {
            if (histogram.TotalCount > totals.Sent)
            {
                problems.Add($"{path}.latency.{name}: holds {histogram.TotalCount} latencies, more than the {totals.Sent} requests sent");
            }
        }

        if (!double.IsFinite(totals.Seconds) || totals.Seconds < 0)
        {
            problems.Add($"{path}.seconds: {totals.Seconds} is not a finite, non-negative number");
        }

        if (problems.Count == 0 && totals.CompletedMismatch is { } stated)
        {
            problems.Add($"{path}.completed: {stated} is not the sum of the answered outcomes ({totals.Completed})");
        }

        return problems;
    }
}
