using System.Globalization;
using System.Text.Json;

namespace Harness.Load.Sharding;

/// <summary>
/// The <c>"shard"</c> object of run.json: <c>{"runId", "index" (1-based, null when merged), "count",
/// "startAt", "lateStartSeconds"}</c>. The index is written 1-based, as <c>--shard</c> spells it.
/// </summary>
internal static class ShardJson
{
    public const string Property = "shard";

    public static void Write(Utf8JsonWriter w, ShardIdentity shard)
    {
        w.WriteStartObject(Property);
        w.WriteString("runId", shard.RunId);
        if (shard.Index is { } index)
        {
            w.WriteNumber("index", index + 1);
        }
        else
        {
            w.WriteNull("index");
        }

        w.WriteNumber("count", shard.Count);
        w.WriteBoolean("merged", shard.IsMerged);
        if (shard.StartAt is { } at)
        {
            w.WriteString("startAt", StartTime.Format(at));
        }
        else
        {
            w.WriteNull("startAt");
        }

        w.WriteNumber("lateStartSeconds", Math.Round(shard.LateStart.TotalSeconds, 3));
        w.WriteEndObject();
    }

    /// <summary>Reads the object back; null with a problem when it is malformed.</summary>
    public static ShardIdentity? Read(JsonElement element, out string? problem)
    {
        problem = null;
        if (element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty("runId", out var runId) || runId.ValueKind != JsonValueKind.String
            || !element.TryGetProperty("count", out var count) || !count.TryGetInt32(out var n) || n < 1)
        {
            problem = "\"shard\" needs a string runId and a positive count";
            return null;
        }

        int? index = null;
        if (element.TryGetProperty("index", out var i) && i.ValueKind != JsonValueKind.Null)
        {
            if (!i.TryGetInt32(out var oneBased) || oneBased < 1 || oneBased > n)
            {
                problem = $"\"shard.index\" must be from 1 to {n}";
                return null;
            }

            index = oneBased - 1;
        }

        DateTimeOffset? startAt = null;
        if (element.TryGetProperty("startAt", out var at) && at.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParse(at.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            startAt = parsed.ToUniversalTime();
        }

        var late = element.TryGetProperty("lateStartSeconds", out var l) && l.TryGetDouble(out var seconds) ? TimeSpan.FromSeconds(seconds) : TimeSpan.Zero;
        return new ShardIdentity { RunId = runId.GetString()!, Index = index, Count = n, StartAt = startAt, LateStart = late };
    }
}
