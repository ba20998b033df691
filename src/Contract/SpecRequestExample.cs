namespace Harness.Contract;

/// <summary>
/// The request example of the published spec, byte for byte as the page shows it. Tests, the
/// fake's self-test and benchmarks send it; the generators rebuild it field by field from the table.
/// </summary>
public static class SpecRequestExample
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
}
