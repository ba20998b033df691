using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Harness.Load.Records;

/// <summary>Answers per HTTP status, keyed by the status (<c>other</c> for -1, a status outside 100..599).</summary>
internal sealed class StatusCountsConverter : JsonConverter<IReadOnlyDictionary<int, long>>
{
    public override IReadOnlyDictionary<int, long> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var counts = new SortedDictionary<int, long>();
        foreach (var (name, n) in CountMap.Read(ref reader))
        {
            counts[name == "other" ? -1 : int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var status)
                ? status : throw new JsonException($"statuses: '{name}' is not an HTTP status")] = n;
        }

        return counts;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<int, long> value, JsonSerializerOptions options) =>
        CountMap.Write(writer, value.Select(p => (p.Key < 0 ? "other" : p.Key.ToString(CultureInfo.InvariantCulture), p.Value)));
}
