using System.Text.Json;

namespace Harness.Fakes.Misbehaving.Receiving;

/// <summary>
/// The body's top-level properties, read a second time (the validator keeps no values of a
/// rejected body) for defects that judge by value. Null when the body is not a JSON object.
/// </summary>
internal sealed class BodyValues
{
    private readonly Dictionary<string, JsonElement> _properties;

    private BodyValues(Dictionary<string, JsonElement> properties) => _properties = properties;

    public IEnumerable<string> Names => _properties.Keys;

    public static BodyValues? TryRead(byte[] body)
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        var start = body.AsSpan().StartsWith(bom) ? bom.Length : 0;
        try
        {
            using var document = JsonDocument.Parse(body.AsMemory(start));
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var properties = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                properties[property.Name] = property.Value.Clone();
            }

            return new BodyValues(properties);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public JsonValueKind KindOf(string name) =>
        _properties.TryGetValue(name, out var value) ? value.ValueKind : JsonValueKind.Undefined;

    /// <summary>A scalar's JSON text (<c>12345</c>, <c>true</c>), as a coercing receiver would read it into a string.</summary>
    public string RawTextOf(string name) =>
        _properties.TryGetValue(name, out var value) ? value.GetRawText() : string.Empty;

    /// <summary>The string value of a property, or null when absent or not a string.</summary>
    public string? TextOf(string name) =>
        _properties.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
