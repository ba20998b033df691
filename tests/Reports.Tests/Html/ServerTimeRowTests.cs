using System.Text.Json.Nodes;
using Harness.Load.Measurement;
using Harness.Reports.Tests.Support;
using HdrHistogram;

namespace Harness.Reports.Tests.Html;

/// <summary>report.html puts the receiver's own time beside the client's when run.json has it.</summary>
public sealed class ServerTimeRowTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Write_RunWithServerTime_ShowsClientResponseServiceAndServerRows()
    {
        var dir = CopyBaseline("with-server");
        var run = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "run.json")))!;
        var server = new LongHistogram(1, 3_600_000_000, 3);
        server.RecordValueWithCount(250, 260);
        server.RecordValueWithCount(4_000, 10);
        run["reconciliation"]!["serverTime"] = new JsonObject { ["unit"] = "microseconds", ["count"] = 270, ["p99Ms"] = 4, ["hdr"] = HistogramCodec.Encode(server) };
        File.WriteAllText(Path.Combine(dir, "run.json"), run.ToJsonString());

        LoadReports.Write(dir);

        var html = File.ReadAllText(Path.Combine(dir, "report.html"));
        Assert.Contains("<th>client response time</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th>client service time</th>", html, StringComparison.Ordinal);
        // HDR reports a value's bucket top: 4 ms is shown as 4.00x ms, as the percentiles of the client rows are.
        Assert.Matches("data-metric=\"reconciliation.serverTime.p99Ms\">4(\\.00\\d)?</td>", html);
        Assert.Matches("data-metric=\"reconciliation.serverTime.p50Ms\">0.25\\d?</td>", html);
        Assert.Contains("data-metric=\"reconciliation.serverTime.count\">270</td>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"server-time-note\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_RunWithoutServerTime_HasNoServerRow()
    {
        var dir = CopyBaseline("without-server");

        LoadReports.Write(dir);

        var html = File.ReadAllText(Path.Combine(dir, "report.html"));
        Assert.DoesNotContain("server time", html, StringComparison.Ordinal);
        Assert.Contains("<th>client response time</th>", html, StringComparison.Ordinal);
    }

    private string CopyBaseline(string name)
    {
        var dir = Path.Combine(_temp.Path, name);
        Directory.CreateDirectory(dir);
        foreach (var file in new[] { "run.json", "timeline.csv" })
        {
            File.Copy(Path.Combine(RepoRoot.Find(), "results", "baselines", "smoke", file), Path.Combine(dir, file));
        }

        return dir;
    }
}
