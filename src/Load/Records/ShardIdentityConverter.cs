using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Harness.Load.Sharding;

namespace Harness.Load.Records;

/// <summary>
/// The <c>"shard"</c> object of run.json: <c>{"runId", "index" (1-based, null when merged), "count",
/// "merged", "startAt", "lateStartSeconds"}</c>. The index is written 1-based, as <c>--shard</c> spells it.
/// </summary>
internal sealed class ShardIdentityConverter : JsonConverter<ShardIdentity>
{
    public override void Write(Utf8JsonWriter writer, ShardIdentity value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("runId", value.RunId);
        WriteOrNull(writer, "index", value.Index + 1);
        writer.WriteNumber("count", value.Count);
        writer.WriteBoolean("merged", value.IsMerged);
        if (value.StartAt is { } at)
        {
            writer.WriteString("startAt", StartTime.Format(at));
        }
        else
        {
            writer.WriteNull("startAt");
        }

        writer.WriteNumber("lateStartSeconds", Math.Round(value.LateStart.TotalSeconds, 3));
        writer.WriteEndObject();
    }

    public override ShardIdentity Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var element = document.RootElement;
        if (element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty("runId", out var runId) || runId.ValueKind != JsonValueKind.String
            || !element.TryGetProperty("count", out var count) || !count.TryGetInt32(out var n) || n < 1)
        {
            throw new JsonException("\"shard\" needs a string runId and a positive count");
        }

        int? index = null;
        if (element.TryGetProperty("index", out var i) && i.ValueKind != JsonValueKind.Null)
        {
            index = i.TryGetInt32(out var oneBased) && oneBased >= 1 && oneBased <= n
                ? oneBased - 1 : throw new JsonException($"\"shard.index\" must be from 1 to {n}");
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

    private static void WriteOrNull(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
