namespace Harness.Contract.Tests;

/// <summary>The request example of the spec, and helpers to vary it one field at a time.</summary>
internal static class SpecExample
{
    public const string Json = SpecRequestExample.Json;

    /// <summary>The example with one property's JSON value replaced (or removed when <paramref name="jsonValue"/> is null).</summary>
    public static string With(string field, string? jsonValue)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(Json)!.AsObject();
        node.Remove(field);
        if (jsonValue is not null)
        {
            node[field] = System.Text.Json.Nodes.JsonNode.Parse(jsonValue);
        }

        return node.ToJsonString();
    }

    public static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
