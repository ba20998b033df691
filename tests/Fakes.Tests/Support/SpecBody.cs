using System.Text.Json;
using System.Text.Json.Nodes;

namespace Harness.Fakes.Tests.Support;

/// <summary>The spec's request example, and ways to vary it one field at a time.</summary>
internal static class SpecBody
{
    public const string Json = Harness.Contract.SpecRequestExample.Json;

    /// <summary>The example with one property's raw JSON value replaced, or removed when null.</summary>
    public static string With(string field, string? jsonValue)
    {
        var node = JsonNode.Parse(Json)!.AsObject();
        node.Remove(field);
        if (jsonValue is not null)
        {
            node[field] = JsonNode.Parse(jsonValue);
        }

        return node.ToJsonString();
    }

    /// <summary>The example with several fields set to strings.</summary>
    public static string WithTexts(params (string Field, string Value)[] texts)
    {
        var node = JsonNode.Parse(Json)!.AsObject();
        foreach (var (field, value) in texts)
        {
            node[field] = value;
        }

        return node.ToJsonString();
    }

    public static string Quote(string text) => JsonSerializer.Serialize(text);
}
