namespace Harness.Contract.Tests;

/// <summary>The request example of the spec, and helpers to vary it one field at a time.</summary>
internal static class SpecExample
{
    public const string Json = """
        {
          "alarmId" : "18cfxxxxxxxxxx0f8",
          "alarmName": "CPU Usage Exceeding Threshold",
          "alarmLevel" : "Critical",
          "time" : 1709118444540,
          "nameSpace" : "shanghai",
          "regionId" : "eu-west-0",
          "applicationId" : "18cfa0a5ef8d",
          "resourceName" : "machine-1",
          "resourceId" : "18cxxxxxxxxxxxxff68625",
          "alarmDesc" : "string",
          "URL" : "https://example.com",
          "alarmStatus" : "alarm",
          "alarmSource" : "coc",
          "additional" : { }
        }
        """;

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
