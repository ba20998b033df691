using System.Text.Json.Nodes;
using Harness.Load.Records;
using Harness.Load.Tests.Merging;

namespace Harness.Load.Tests.Records;

/// <summary>A load run folder from elsewhere: run.json and timeline.csv are read only as plain files of a known shape and size.</summary>
public sealed class HostileRunFileTests : IDisposable
{
    private readonly ShardFolders _folders = new();

    public void Dispose() => _folders.Dispose();

    [Theory]
    [InlineData(99, "written by a newer harness")]
    [InlineData(3, "written by a newer harness")]
    [InlineData(-1, "not one this harness reads")]
    [InlineData(int.MinValue, "not one this harness reads")]
    public void Read_SchemaVersionThisHarnessDoesNotKnow_IsRefusedNamingIt(int version, string message)
    {
        var folder = Folder(run => run["schemaVersion"] = version);

        var error = Assert.Throws<InvalidDataException>(() => LoadRunRecord.Read(folder));

        Assert.Contains($"schemaVersion {version} is not one this harness reads (1 to {LoadRunRecord.CurrentSchemaVersion})", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SchemaVersionOne_IsRead() =>
        Assert.Equal(1, LoadRunRecord.Read(Folder(run => run["schemaVersion"] = 1)).SchemaVersion);

    [Theory]
    [InlineData("run.json")]
    [InlineData("timeline.csv")]
    public void Read_FileLinkedToDevZero_IsRefusedUnread(string name)
    {
        var folder = Folder(_ => { });
        File.Delete(Path.Combine(folder, name));
        File.CreateSymbolicLink(Path.Combine(folder, name), "/dev/zero");

        var error = Assert.Throws<InvalidDataException>(() => LoadRunRecord.Read(folder));

        Assert.Contains($"{name} is a symbolic link (to /dev/zero)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HistogramHoldingMoreLatenciesThanRequestsSent_IsNotBelievable()
    {
        var folder = Folder(run => run["measured"]!["latency"]!["responseTime"]!["hdr"] = Encoded(1_000, 1_000));

        var error = Assert.Throws<InvalidDataException>(() => LoadRunRecord.Read(folder));

        Assert.Contains("measured.latency.responseTime: holds 1000 latencies, more than the 2 requests sent", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HistogramWithCountsPastAnyRun_IsRefusedNamingWhere()
    {
        // 5e18 values at 1 ms: believed, every percentile read 1 ms; two such shards overflowed a merge's sum.
        var folder = Folder(run => run["measured"]!["latency"]!["serviceTime"]!["hdr"] = Encoded(1_000, 5_000_000_000_000_000_000));

        var error = Assert.Throws<InvalidDataException>(() => LoadRunRecord.Read(folder));

        Assert.Contains($"holds more than {LoadTotalsCheck.MaxCount} values (at $.measured.latency.serviceTime", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TimelineRowsOutOfOrder_IsRefusedNamingTheLine()
    {
        var folder = Folder(_ => { });
        var timeline = Path.Combine(folder, "timeline.csv");
        var header = File.ReadLines(timeline).First();
        File.WriteAllText(timeline, $"{header}\n2,p,false,1,1,0,0,0,0,1,1,1,1,1,1\n1,p,false,1,1,0,0,0,0,1,1,1,1,1,1\n");

        var error = Assert.Throws<InvalidDataException>(() => LoadRunRecord.Read(folder));

        Assert.Contains("timeline.csv line 3: elapsed_s 1 comes before the row above it (2)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("p99_ms", "-3")]
    [InlineData("cpu_percent", "NaN")]
    [InlineData("elapsed_s", "1e400")]
    public void Read_TimelineTimeNegativeOrNotFinite_IsRefusedNamingTheColumn(string column, string value)
    {
        var header = "elapsed_s,phase,warmup,sent,completed,in_flight,errors,dropped,late,p50_ms,p90_ms,p99_ms,max_ms,service_p99_ms,cpu_percent";
        var cells = "1,p,false,1,1,0,0,0,0,1,1,1,1,1,1".Split(',');
        cells[Array.IndexOf(header.Split(','), column)] = value;

        var error = Assert.Throws<InvalidDataException>(() => TimelineCsv.Read($"{header}\n{string.Join(',', cells)}\n", "t.csv"));

        Assert.Contains($"t.csv line 2: {column} '{value}' is not a finite, non-negative number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TimelineLongerThanAnyRun_IsRefusedAtTheLimit()
    {
        var error = Assert.Throws<InvalidDataException>(() => TimelineCsv.Read(new EndlessTimeline(), "t.csv"));

        Assert.Contains($"more than {TimelineCsv.MaxRows} rows", error.Message, StringComparison.Ordinal);
    }

    private string Folder(Action<JsonNode> change)
    {
        var folder = _folders.Write("hostile", 0, 1, [1_000, 2_000]);
        var path = Path.Combine(folder, "run.json");
        var run = JsonNode.Parse(File.ReadAllText(path))!;
        change(run);
        File.WriteAllText(path, run.ToJsonString());
        return folder;
    }

    private static string Encoded(long valueUs, long count)
    {
        var histogram = Harness.Load.Measurement.LatencyHistograms.Create();
        histogram.RecordValueWithCount(valueUs, count);
        return Harness.Load.Measurement.HistogramCodec.Encode(histogram);
    }

    /// <summary>A header, then believable rows without end: the reader must stop at its limit.</summary>
    private sealed class EndlessTimeline : TextReader
    {
        private long _line;

        public override string? ReadLine() => _line++ == 0
            ? "elapsed_s,phase,warmup,sent,completed,in_flight,errors,dropped,late,p50_ms,p90_ms,p99_ms,max_ms,service_p99_ms,cpu_percent"
            : "1,p,false,1,1,0,0,0,0,1,1,1,1,1,1";
    }
}
