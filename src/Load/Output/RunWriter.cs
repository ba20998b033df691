using System.Globalization;
using System.Text;
using Harness.Load.Phases;
using Harness.Load.Results;
using Harness.Load.Scenarios;
using Harness.Runs;
using HdrHistogram;

namespace Harness.Load.Output;

/// <summary>Writes a load run's folder: run.json, timeline.csv, latency.hgrm (response time), service.hgrm.</summary>
public static class RunWriter
{
    public static void Write(RunFolder folder, LoadResult result, Scenario? scenario = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(result);
        folder.Write("run.json", RunJson.Write(result, scenario));
        folder.Write("timeline.csv", TimelineCsv(result.Timeline));
        folder.Write("latency.hgrm", Hgrm(result.Measured.ResponseTime));
        folder.Write("service.hgrm", Hgrm(result.Measured.ServiceTime));
    }

    /// <summary>One row per interval; latencies in milliseconds.</summary>
    public static string TimelineCsv(IReadOnlyList<TimelineRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder("elapsed_s,phase,warmup,sent,completed,in_flight,errors,dropped,late,p50_ms,p90_ms,p99_ms,max_ms,service_p99_ms,cpu_percent\n");
        foreach (var r in rows)
        {
            text.AppendLine(string.Join(',',
                F(r.ElapsedSeconds), Csv(r.Phase), r.Warmup ? "true" : "false",
                F(r.Sent), F(r.Completed), F(r.InFlight), F(r.Errors), F(r.Dropped), F(r.Late),
                F(r.ResponseP50Ms), F(r.ResponseP90Ms), F(r.ResponseP99Ms), F(r.ResponseMaxMs), F(r.ServiceP99Ms), F(r.CpuPercent)));
        }

        return text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    /// <summary>HdrHistogram's percentile-distribution text, values in milliseconds (as wrk2 and HdrHistogram's plotter read it).</summary>
    public static string Hgrm(HistogramBase histogram)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        histogram.OutputPercentileDistribution(writer, percentileTicksPerHalfDistance: 5, outputValueUnitScalingRatio: 1000.0, useCsvFormat: false);
        return writer.ToString();
    }

    private static string F(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string F(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Csv(string text) =>
        text.AsSpan().IndexOfAny(",\"\n") >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
}
