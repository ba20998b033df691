using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Harness.Load.Scenarios;

/// <summary>A value in a scenario document, found by its JSON pointer and named by its path (<c>$.phases[2].rate</c>).</summary>
internal sealed class JsonPlace
{
    internal JsonPlace(JsonElement root, string pointer)
    {
        Pointer = pointer;
        var path = new StringBuilder("$");
        var element = root;
        foreach (var segment in Segments(pointer))
        {
            Name = segment;
            if (element.ValueKind == JsonValueKind.Array && int.TryParse(segment, out var index) && index < element.GetArrayLength())
            {
                path.Append('[').Append(segment).Append(']');
                element = element[index];
            }
            else
            {
                path.Append('.').Append(segment);
                element = element.ValueKind == JsonValueKind.Object && element.TryGetProperty(segment, out var value) ? value : default;
            }
        }

        Path = path.ToString();
        Element = element;
    }

    internal string Pointer { get; }

    /// <summary>The path as messages write it.</summary>
    internal string Path { get; }

    /// <summary>The last property name (or index) of the path.</summary>
    internal string Name { get; } = "";

    internal JsonElement Element { get; }

    /// <summary>The schema object at <paramref name="pointer"/> (<c>/$defs/phase</c>), or null.</summary>
    internal static JsonObject? Schema(string pointer) => Find(ScenarioJson.SchemaTree, pointer) as JsonObject;

    /// <summary>The node at <paramref name="pointer"/> under <paramref name="root"/>, or null.</summary>
    internal static JsonNode? Find(JsonNode? root, string pointer)
    {
        var node = root;
        foreach (var segment in Segments(pointer))
        {
            node = node switch
            {
                JsonObject o => o[segment],
                JsonArray a when int.TryParse(segment, out var i) && i < a.Count => a[i],
                _ => null,
            };
        }

        return node;
    }

    /// <summary>The pointer of the object or array that holds the value at <paramref name="pointer"/>.</summary>
    internal static string Parent(string pointer) => pointer[..Math.Max(0, pointer.LastIndexOf('/'))];

    private static IEnumerable<string> Segments(string pointer) =>
        pointer.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
}
