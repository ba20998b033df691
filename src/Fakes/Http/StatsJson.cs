using System.Globalization;
using System.Text.Json;

namespace Harness.Fakes.Http;

/// <summary>The JSON of <c>/_fake/stats</c> (the shape agreed with the load engine).</summary>
internal static class StatsJson
{
    public static void Write(Utf8JsonWriter writer, FakeStats stats)
    {
        writer.WriteNumber("accepted"u8, stats.Accepted);
        writer.WriteNumber("rejected"u8, stats.Rejected);
        writer.WriteStartObject("byStatus"u8);
        foreach (var (status, count) in stats.ByStatus)
        {
            writer.WriteNumber(status.ToString(CultureInfo.InvariantCulture), count);
        }

        writer.WriteEndObject();
        writer.WriteStartObject("byReason"u8);
        foreach (var (reason, count) in stats.ByReason)
        {
            writer.WriteNumber(reason, count);
        }

        writer.WriteEndObject();
        writer.WriteStartArray("keys"u8);
        foreach (var key in stats.Keys)
        {
            writer.WriteStartObject();
            writer.WriteString("key"u8, key.Key);
            writer.WriteNumber("accepted"u8, key.Accepted);
            writer.WriteNumber("rejected"u8, key.Rejected);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        var alarms = stats.Alarms;
        WriteCounts(writer, "alarms"u8, [("active", alarms.Active), ("raised", alarms.Raised), ("updated", alarms.Updated),
            ("cleared", alarms.Cleared), ("orphanRecoveries", alarms.OrphanRecoveries), ("untracked", alarms.Untracked)]);
        if (stats.HandlingTime is { } handling)
        {
            writer.WriteStartObject("handlingTime"u8);
            writer.WriteNumber("count"u8, handling.Count);
            writer.WriteNumber("p50Ms"u8, handling.P50Ms);
            writer.WriteNumber("p90Ms"u8, handling.P90Ms);
            writer.WriteNumber("p99Ms"u8, handling.P99Ms);
            writer.WriteNumber("maxMs"u8, handling.MaxMs);
            writer.WriteString("hdr"u8, handling.Hdr);
            writer.WriteEndObject();
        }
    }

    private static void WriteCounts(Utf8JsonWriter writer, ReadOnlySpan<byte> name, ReadOnlySpan<(string Name, long Count)> counts)
    {
        writer.WriteStartObject(name);
        foreach (var (countName, count) in counts)
        {
            writer.WriteNumber(countName, count);
        }

        writer.WriteEndObject();
    }
}
