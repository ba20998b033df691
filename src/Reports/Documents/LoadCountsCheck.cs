using System.Text.Json;

namespace Harness.Reports.Documents;

/// <summary>
/// A run.json may come from anywhere, so its counts are checked before the gate believes them:
/// every count a whole number in [0, 10^15], times finite and non-negative, and the identities the
/// engine keeps (completed = answers by outcome; sent = completed + timeouts + connection errors +
/// cancelled; scheduled = sent + dropped) recomputed rather than read from <c>accountingHolds</c>.
/// </summary>
internal static class LoadCountsCheck
{
    /// <summary>More requests than any run can send: a larger count is a tampered or corrupt file.</summary>
    public const long MaxCount = 1_000_000_000_000_000;

    private static readonly string[] Counts = ["scheduled", "sent", "completed", "dropped", "late", "bytesIn", "bytesOut"];
    private static readonly string[] Maps = ["outcomes", "statuses", "errorCodes"];
    private static readonly string[] Answered = ["accepted", "expectedRejection", "unexpectedAnswer"];
    private static readonly string[] Unanswered = ["timeout", "connectionError", "cancelled"];

    /// <summary>Every problem with the <c>measured</c> object, each naming its JSON path.</summary>
    public static IReadOnlyList<string> Problems(JsonElement measured)
    {
        var problems = new List<string>();
        foreach (var name in Counts)
        {
            Check(measured, name, "measured." + name, problems);
        }

        foreach (var map in Maps)
        {
            if (measured.TryGetProperty(map, out var values) && values.ValueKind == JsonValueKind.Object)
            {
                foreach (var entry in values.EnumerateObject())
                {
                    Check(values, entry.Name, $"measured.{map}.{entry.Name}", problems);
                }
            }
        }

        foreach (var name in new[] { "seconds", "completedPerSecond", "sentPerSecond" })
        {
            if (measured.TryGetProperty(name, out var v) && (!v.TryGetDouble(out var d) || !double.IsFinite(d) || d < 0))
            {
                problems.Add($"measured.{name}: {v.GetRawText()} is not a finite, non-negative number");
            }
        }

        if (problems.Count == 0)
        {
            var completed = LoadRunReader.Long(measured, "completed");
            var byOutcome = Answered.Sum(o => Outcome(measured, o));
            if (measured.TryGetProperty("completed", out _) && completed != byOutcome)
            {
                problems.Add($"measured.completed: {completed} is not the sum of the answered outcomes ({byOutcome})");
            }
        }

        return problems;
    }

    /// <summary>The books balance, recomputed from the counts (a file's own <c>accountingHolds: true</c> proves nothing).</summary>
    public static bool AccountingHolds(JsonElement measured)
    {
        var sent = LoadRunReader.Long(measured, "sent");
        var settled = Answered.Concat(Unanswered).Sum(o => Outcome(measured, o));
        return sent == settled
            && LoadRunReader.Long(measured, "scheduled") == sent + LoadRunReader.Long(measured, "dropped");
    }

    private static long Outcome(JsonElement measured, string name) =>
        measured.TryGetProperty("outcomes", out var outcomes) && outcomes.ValueKind == JsonValueKind.Object ? LoadRunReader.Long(outcomes, name) : 0;

    private static void Check(JsonElement parent, string name, string path, List<string> problems)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            return;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var n) || n < 0 || n > MaxCount)
        {
            problems.Add($"{path}: {Shown(value)} is not a count (a whole number from 0 to {MaxCount})");
        }
    }

    private static string Shown(JsonElement value)
    {
        var raw = value.GetRawText();
        return raw.Length > 40 ? raw[..40] + "..." : raw;
    }
}
