using System.Text.Json;
using Harness.Load.Scenarios;
using Json.Schema;

namespace Harness.Load.Tests.Scenarios;

/// <summary>
/// What an editor says (the schema) and what <c>harness load</c> says (the loader) must agree:
/// every shipped file passes both, and each document below gets the same verdict from both.
/// </summary>
public class SchemaValidationTests
{
    private static readonly JsonSchema Schema =
        JsonSchema.FromText(File.ReadAllText(Path.Combine(RepoPaths.Scenarios, "scenario.schema.json")));

    private static bool SchemaAccepts(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Evaluate(document.RootElement).IsValid;
    }

    [Theory]
    [MemberData(nameof(ShippedScenarioTests.ShippedFiles), MemberType = typeof(ShippedScenarioTests))]
    public void Schema_ShippedScenario_IsValid(string file) =>
        Assert.True(SchemaAccepts(File.ReadAllText(Path.Combine(RepoPaths.Scenarios, file))), file);

    public static TheoryData<string, bool> Documents() => new()
    {
        // Accepted by both.
        { """{"name":"a","phases":[{"type":"constant-rate","rate":0.5,"duration":"1m30s"}]}""", true },
        { """{"name":"a","phases":[{"type":"warmup","users":2,"duration":"1s"},{"type":"iterations","count":3}]}""", true },
        { """{"name":"a","phases":[{"type":"spike","baseRate":0,"spikeRate":5,"duration":"1m","spikeAt":"500ms","spikeDuration":"1.5s"}]}""", true },
        { """{"name":"a","phases":[{"type":"ramping-concurrency","from":0,"to":3,"duration":"1h"}],"transport":{"httpVersion":"2"}}""", true },
        { """{"name":"a","phases":[{"type":"iterations","count":3}],"thresholds":["p(99.9) <= 1s","service.p99<2ms",{"expression":"rps >= 500/s","abortOnFail":true}]}""", true },
        { """{"name":"a","phases":[{"type":"iterations","count":3}],"target":{"baseUrl":"https://example.test/x","profile":"lenient"}}""", true },
        // Refused by both.
        { """{"phases":[{"type":"iterations","count":3}]}""", false },
        { """{"name":"a","phases":[]}""", false },
        { """{"name":"a b","phases":[{"type":"iterations","count":3}]}""", false },
        { """{"name":"a","extra":1,"phases":[{"type":"iterations","count":3}]}""", false },
        { """{"name":"a","phases":[{"type":"constant-rate","rate":5,"duartion":"10s"}]}""", false },
        { """{"name":"a","phases":[{"type":"constant-rate","rate":0,"duration":"10s"}]}""", false },
        { """{"name":"a","phases":[{"type":"constant-rate","rate":5,"duration":"10"}]}""", false },
        { """{"name":"a","phases":[{"type":"constant-rate","rate":5,"duration":10}]}""", false },
        { """{"name":"a","phases":[{"type":"constant-rate","rate":5,"duration":"10s","users":2}]}""", false },
        { """{"name":"a","phases":[{"type":"constant-rates","rate":5,"duration":"10s"}]}""", false },
        { """{"name":"a","phases":[{"type":"warmup","rate":5,"users":2,"duration":"1s"},{"type":"iterations","count":3}]}""", false },
        { """{"name":"a","phases":[{"type":"constant-concurrency","users":1.5,"duration":"1s"}]}""", false },
        { """{"name":"a","phases":[{"type":"iterations","count":0}]}""", false },
        { """{"name":"a","phases":[{"type":"iterations","count":3}],"payload":{"brokenShare":1.5}}""", false },
        { """{"name":"a","phases":[{"type":"iterations","count":3}],"payload":{"streams":{"storm":0.1}}}""", false },
        { """{"name":"a","phases":[{"type":"iterations","count":3}],"transport":{"httpVersion":"3"}}""", false },
        { """{"name":"a","phases":[{"type":"iterations","count":3}],"transport":{"connections":0}}""", false },
        { """{"name":"a","phases":[{"type":"iterations","count":3}],"thresholds":["p99 250ms"]}""", false },
        { """{"name":"a","phases":[{"type":"iterations","count":3}],"thresholds":[{"abortOnFail":true}]}""", false },
        { """{"name":"a","phases":[{"type":"iterations","count":3}],"target":{"baseUrl":"ftp://example.test"}}""", false },
        { """{"name":"a","phases":[{"type":"iterations","count":3}],"target":{"profile":"loose"}}""", false },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void SchemaAndLoader_GiveTheSameVerdict(string json, bool valid)
    {
        var loaded = ScenarioLoader.Load(json);
        Assert.True(valid == loaded.IsValid, string.Join(Environment.NewLine, loaded.Problems));
        Assert.Equal(valid, SchemaAccepts(json));
    }
}
