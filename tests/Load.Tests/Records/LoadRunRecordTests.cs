using Harness.Load.Phases;
using System.Text.Json.Nodes;
using Harness.Load.Measurement;
using Harness.Load.Thresholds;
using Harness.Load.Records;
using Harness.Load.Scenarios;
using Harness.Load.Sharding;
using Harness.Runs;

namespace Harness.Load.Tests.Records;

/// <summary>Issue 13: one typed run record, written and read back by one serialization, judged by one metric table.</summary>
public sealed class LoadRunRecordTests : IDisposable
{
    private static readonly Scenario Scenario = Scenario.Create("record-test").ConstantRate(10, TimeSpan.FromSeconds(2))
        .Thresholds("p99 < 5ms", "error_rate < 1%", "throughput >= 100").Build();

    private readonly string _root = Directory.CreateTempSubdirectory("harness-record-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Write_ThenRead_GivesBackTheSameRecord()
    {
        var record = Record();
        var folder = Write(record);

        var read = LoadRunRecord.Read(folder);

        Assert.Equal(LoadRunRecord.CurrentSchemaVersion, read.SchemaVersion);
        Assert.Equal(record.StartedUtc, read.StartedUtc);
        Assert.Equal(record.Measured.Sent, read.Measured.Sent);
        Assert.Equal(record.Measured.Outcomes.OrderBy(o => o.Key), read.Measured.Outcomes.OrderBy(o => o.Key));
        Assert.Equal(record.Measured.Statuses, read.Measured.Statuses);
        Assert.Equal(record.Measured.ResponseTime.GetValueAtPercentile(99), read.Measured.ResponseTime.GetValueAtPercentile(99));
        Assert.Equal(record.Measured.CompletedPerSecond, read.Measured.CompletedPerSecond);
        Assert.Equal(record.Phases, read.Phases);
        Assert.Equal(record.Timeline, read.Timeline);
        Assert.Equal(record.Shard, read.Shard);
        Assert.Equal(record.Health, read.Health);
        Assert.Equal(Scenario.Thresholds.Select(t => t.Expression), read.Thresholds!.Select(t => t.Expression));
    }

    [Fact]
    public void Read_FileWithoutTheMembersOlderRunsLack_KeepsTheirDefaults()
    {
        var folder = Write(Record());
        var path = Path.Combine(folder, "run.json");
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        foreach (var member in new[] { "schemaVersion", "targetHealth", "versions", "bytesCount" })
        {
            json.Remove(member);
        }

        json["measured"]!["latency"]!.AsObject().Remove("failedTime");
        File.WriteAllText(path, json.ToJsonString());

        var read = LoadRunRecord.Read(folder);

        Assert.Equal(TargetHealth.Answering, read.Health);
        Assert.NotNull(read.Versions);
        Assert.Equal("bodies", read.BytesCount);
        Assert.Equal(0, read.Measured.FailedTime.TotalCount);
    }

    [Fact]
    public void EvaluateThresholds_RecordedThresholds_JudgesEachByTheMetricTable()
    {
        var verdicts = LoadRunRecord.Read(Write(Record())).EvaluateThresholds();

        Assert.Collection(verdicts,
            p99 => Assert.Equal((false, "10.007 ms"), (p99.Passed!.Value, p99.ValueText)), // the HDR bucket of 10 ms at 3 digits
            errors => Assert.Equal((true, "0%"), (errors.Passed!.Value, errors.ValueText)),
            rps => Assert.Equal((true, "100/s"), (rps.Passed!.Value, rps.ValueText)));
    }

    [Fact]
    public void Read_InternalMembers_WrittenAndShownAsText()
    {
        var record = Record() with
        {
            Health = new TargetHealth(TargetVerdict.StoppedAnswering, "the target never answered"),
            AbortedBy = new ThresholdAbort("error_rate < 5%", 0.5, "50%", 12.5, 10),
        };

        var folder = Write(record);
        var read = LoadRunRecord.Read(folder);

        // Internal members (JSON only) still reach run.json and come back: the public record shows them as text.
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "run.json")))!;
        Assert.Equal("stoppedAnswering", (string?)json["targetHealth"]?["verdict"]);
        Assert.Equal("error_rate < 5%", (string?)json["abortedBy"]?["threshold"]);
        Assert.Equal("r1", (string?)json["shard"]?["runId"]);
        Assert.Equal("the target never answered", read.TargetProblem);
        Assert.Equal("error_rate < 5%", read.AbortedByThreshold);
        Assert.Null(LoadRunRecord.Read(Write(Record() with { Name = "healthy" })).TargetProblem);
    }

    [Theory]
    [InlineData("""{"runId":"r1","index":2,"count":2,"merged":false,"startAt":"2026-05-01T10:00:00.000Z","lateStartSeconds":1.25}""")]
    [InlineData("""{"runId":"r1","index":null,"count":3,"merged":true,"startAt":null,"lateStartSeconds":0}""")]
    public void Read_ShardAsOlderRunsWroteIt_WritesTheSameShardBack(string shard)
    {
        var folder = Write(Record());
        var path = Path.Combine(folder, "run.json");
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        json["shard"] = JsonNode.Parse(shard);
        File.WriteAllText(path, json.ToJsonString());

        var rewritten = JsonNode.Parse(File.ReadAllText(Path.Combine(Write(LoadRunRecord.Read(folder)), "run.json")))!;

        Assert.Equal(shard, rewritten["shard"]!.ToJsonString());
    }

    [Theory]
    [InlineData("""{"index":1,"count":2}""", "runId")]
    [InlineData("""{"runId":"r1","index":1,"count":0}""", "count")]
    [InlineData("""{"runId":"r1","index":3,"count":2}""", "index")]
    [InlineData("""{"runId":"r1","index":0,"count":2}""", "index")]
    public void Read_HostileShard_SaysWhatIsWrong(string shard, string member)
    {
        var folder = Write(Record());
        var path = Path.Combine(folder, "run.json");
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        json["shard"] = JsonNode.Parse(shard);
        File.WriteAllText(path, json.ToJsonString());

        var error = Assert.Throws<InvalidDataException>(() => LoadRunRecord.Read(folder));

        Assert.Contains(member, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("exploded")]
    [InlineData("2")]
    public void Read_UnknownTargetVerdict_NamesWhereItIs(string verdict)
    {
        var folder = Write(Record());
        var path = Path.Combine(folder, "run.json");
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        json["targetHealth"]!["verdict"] = verdict;
        File.WriteAllText(path, json.ToJsonString());

        var error = Assert.Throws<InvalidDataException>(() => LoadRunRecord.Read(folder));

        Assert.Contains("targetHealth.verdict", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rps")]
    [InlineData("throughput")]
    public void MetricTable_NameOrAlias_IsOneRow(string name) =>
        Assert.Equal(ThresholdMetricKind.Throughput, ThresholdExpression.Parse($"{name} >= 5").Metric.Kind);

    private string Write(LoadRunRecord record)
    {
        var folder = RunFolder.Create(_root, "load", record.Name, record.StartedUtc);
        LoadRunFiles.Write(folder, record, Scenario);
        return folder.Path;
    }

    private static LoadRunRecord Record()
    {
        var response = LatencyHistograms.Create();
        for (var i = 0; i < 200; i++)
        {
            response.RecordValue(10_000);
        }

        var totals = new LoadTotals
        {
            Scheduled = 200, Sent = 200, Dropped = 0, Late = 1, BytesIn = 2000, BytesOut = 4000,
            Outcomes = new Dictionary<OutcomeKind, long> { [OutcomeKind.Accepted] = 190, [OutcomeKind.ExpectedRejection] = 10 },
            Statuses = new SortedDictionary<int, long> { [-1] = 1, [200] = 189, [400] = 10 },
            ErrorCodes = new Dictionary<string, long> { ["COC.00000000"] = 190, ["COC.00000400"] = 10 },
            ResponseTime = response, ServiceTime = response, Seconds = 2.0,
        };
        return new LoadRunRecord
        {
            Name = "record-test", Target = "http://127.0.0.1:1/v1/event/huawei/custom/abcd***", Transport = "raw",
            StartedUtc = new DateTimeOffset(2026, 5, 1, 10, 0, 0, TimeSpan.Zero), Partial = false, Measured = totals,
            Phases = [new PhaseResult("constant-rate", PhaseKind.Open, false, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2.001), 200, 200, 0, 1, 10, 99.95, false) { PlannedArrivals = 20 }],
            Timeline = [new TimelineRow(1, "constant, \"rate\"", false, 100, 100, 0, 0, 0, 1, 10, 10, 10, 10, 5, 12.5)],
            SelfCheck = SelfCheck.From(0, 0),
            Shard = new ShardIdentity { RunId = "r1", Index = 1, Count = 2, StartAt = new DateTimeOffset(2026, 5, 1, 10, 0, 0, TimeSpan.Zero) },
        };
    }
}
