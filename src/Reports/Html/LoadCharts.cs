using System.Globalization;
using Harness.Load.Phases;
using Harness.Load.Records;
using Harness.Reports.Documents;
using HdrHistogram;

namespace Harness.Reports.Html;

/// <summary>The load report's charts: throughput and latency percentiles over time, and the percentile distribution.</summary>
internal static class LoadCharts
{
    public static string Throughput(LoadRunRecord run)
    {
        var rows = Measured(run);
        var sent = new List<(double, double)>();
        var completed = new List<(double, double)>();
        double previous = run.Timeline.LastOrDefault(r => r.Warmup)?.ElapsedSeconds ?? 0;
        foreach (var row in rows)
        {
            var seconds = row.ElapsedSeconds - previous;
            previous = row.ElapsedSeconds;

            // A sliver of an interval (the tail after the last full second) would draw a spike of nothing.
            if (seconds < 0.5)
            {
                continue;
            }

            sent.Add((row.ElapsedSeconds, row.Sent / seconds));
            completed.Add((row.ElapsedSeconds, row.Completed / seconds));
        }

        var top = sent.Concat(completed).Select(p => p.Item2).DefaultIfEmpty(1).Max();
        var target = run.Phases.Where(p => !p.Warmup).Select(p => p.TargetPerSecond ?? 0).DefaultIfEmpty(0).Max();
        var series = new List<ChartSeries> { new("sent/s", ChartColor.Blue, sent), new("completed/s", ChartColor.Green, completed) };
        if (target > 0)
        {
            series.Add(new ChartSeries("target/s", ChartColor.Grey, TargetLine(run, rows), Dashed: true));
        }

        return SvgChart.Render("chart-throughput", "Throughput over time (per interval)",
            TimeAxis(run, rows), ChartAxis.Linear("requests per second", Math.Max(top, target) * 1.1, V), series);
    }

    public static string LatencyOverTime(LoadRunRecord run)
    {
        var rows = Measured(run).Where(r => r.Completed > 0).ToArray();
        var top = rows.Select(r => r.ResponseMaxMs).DefaultIfEmpty(1).Max();
        return SvgChart.Render("chart-latency", "Response time percentiles over time (per interval)",
            TimeAxis(run, rows), ChartAxis.Linear("milliseconds", top * 1.05, V),
            [
                new("p50", ChartColor.Green, rows.Select(r => (r.ElapsedSeconds, r.ResponseP50Ms)).ToArray()),
                new("p90", ChartColor.Blue, rows.Select(r => (r.ElapsedSeconds, r.ResponseP90Ms)).ToArray()),
                new("p99", ChartColor.Orange, rows.Select(r => (r.ElapsedSeconds, r.ResponseP99Ms)).ToArray()),
                new("max", ChartColor.Red, rows.Select(r => (r.ElapsedSeconds, r.ResponseMaxMs)).ToArray(), Dashed: true),
                new("service p99", ChartColor.Grey, rows.Select(r => (r.ElapsedSeconds, r.ServiceP99Ms)).ToArray(), Dashed: true),
            ]);
    }

    /// <summary>
    /// The whole distribution as HdrHistogram plots it: x is log10(1 / (1 - percentile)), so 90%, 99%,
    /// 99.9% ... are evenly spaced and the tail gets the room it deserves.
    /// </summary>
    public static string Distribution(LoadRunRecord run)
    {
        var response = Curve(run.Measured.ResponseTime);
        var service = Curve(run.Measured.ServiceTime);
        var count = Math.Max(run.Measured.ResponseTime.TotalCount, 1);
        var nines = Math.Clamp(Math.Ceiling(Math.Log10(count)), 2, 6);
        var ticks = Enumerable.Range(0, (int)nines + 1).Select(k => ((double)k, k == 0 ? "0%" : Percent(100 - 100 / Math.Pow(10, k)))).ToArray();
        var top = Math.Max(run.Measured.ResponseTime.TotalCount == 0 ? 1 : run.Measured.ResponseTime.GetMaxValue(),
            run.Measured.ServiceTime.TotalCount == 0 ? 1 : run.Measured.ServiceTime.GetMaxValue()) / 1000.0;
        return SvgChart.Render("chart-distribution", "Latency by percentile (log scale of 1/(1-p)), whole run",
            new ChartAxis("percentile", 0, nines, ticks), ChartAxis.Linear("milliseconds", top * 1.05, V),
            [new("response time", ChartColor.Orange, response), new("service time", ChartColor.Blue, service)]);
    }

    private static (double X, double Y)[] Curve(HistogramBase histogram)
    {
        if (histogram.TotalCount == 0)
        {
            return [];
        }

        var points = new List<(double, double)>();
        var last = Math.Log10(histogram.TotalCount);
        for (var x = 0.0; x < last; x += 0.05)
        {
            var percentile = 100 - 100 / Math.Pow(10, x);
            points.Add((x, histogram.GetValueAtPercentile(percentile) / 1000.0));
        }

        points.Add((Math.Max(last, 0.05), histogram.GetMaxValue() / 1000.0));
        return points.ToArray();
    }

    private static TimelineRow[] Measured(LoadRunRecord run) => run.Timeline.Where(r => !r.Warmup).ToArray();

    private static (double, double)[] TargetLine(LoadRunRecord run, TimelineRow[] rows)
    {
        var points = new List<(double, double)>();
        foreach (var phase in run.Phases.Where(p => !p.Warmup))
        {
            var inPhase = rows.Where(r => r.Phase == phase.Name).ToArray();
            if (inPhase.Length > 0 && phase.TargetPerSecond is { } target)
            {
                points.Add((inPhase[0].ElapsedSeconds, target));
                points.Add((inPhase[^1].ElapsedSeconds, target));
            }
        }

        return points.ToArray();
    }

    private static ChartAxis TimeAxis(LoadRunRecord run, IReadOnlyList<TimelineRow> rows)
    {
        var start = run.Timeline.LastOrDefault(r => r.Warmup)?.ElapsedSeconds ?? 0;
        var end = rows.Count == 0 ? start + 1 : Math.Max(rows[^1].ElapsedSeconds, start + 1);
        var axis = ChartAxis.Linear("seconds since start", end - Math.Floor(start), V);
        var offset = Math.Floor(start);
        return new ChartAxis(axis.Label, offset, offset + axis.Max,
            axis.Ticks.Select(t => (t.Value + offset, V(t.Value + offset))).ToArray());
    }

    private static string V(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Percent(double value) => value.ToString("0.####", CultureInfo.InvariantCulture) + "%";
}
