using System.Text.Json;
using System.Text.Json.Serialization;

namespace Harness.Load.Records;

/// <summary>An enum as its camelCase name (<c>stoppedAnswering</c>, <c>expectedRejection</c>), read back in any case.</summary>
internal sealed class CamelEnumConverter<T> : JsonConverter<T>
    where T : struct, Enum
{
    public static string Name(T value) => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Enum.TryParse<T>(reader.GetString(), ignoreCase: true, out var value) && Enum.IsDefined(value)
            ? value : throw new JsonException($"'{reader.GetString()}' is not a {typeof(T).Name}");

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(Name(value));
}
