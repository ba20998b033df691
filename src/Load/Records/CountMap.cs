using System.Text.Json;

namespace Harness.Load.Records;

/// <summary>A JSON object of counts (<c>{"name": n, ...}</c>), as the keyed-count converters read and write it.</summary>
internal static class CountMap
{
    public static List<(string Name, long Count)> Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("expected an object of counts");
        }

        var counts = new List<(string, long)>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            counts.Add((name, reader.GetInt64()));
        }

        return counts;
    }

    public static void Write(Utf8JsonWriter writer, IEnumerable<(string Name, long Count)> counts)
    {
        writer.WriteStartObject();
        foreach (var (name, n) in counts)
        {
            writer.WriteNumber(name, n);
        }

        writer.WriteEndObject();
    }
}
