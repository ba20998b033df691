using System.Globalization;
using Harness.Load.Phases;
using Harness.Load.Records;
using Spectre.Console;

namespace Harness.Cli.Commands;

/// <summary>
/// The live view of a run: a Spectre.Console panel refreshed in place on a terminal, plain interval
/// lines when the output is redirected (CI logs stay readable).
/// </summary>
internal sealed class LoadLiveView
{
    private readonly TextWriter _output;
    private readonly bool _interactive;
    private ProgressSnapshot? _latest;

    public LoadLiveView(TextWriter output)
    {
        _output = output;
        _interactive = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
    }

    /// <summary>Called by the engine after each interval (on its sampling thread: keep it quick).</summary>
    public void OnInterval(ProgressSnapshot snapshot)
    {
        Volatile.Write(ref _latest, snapshot);
        if (!_interactive)
        {
            _output.WriteLine(Line(snapshot));
        }
    }

    public async Task<LoadRunRecord> RunAsync(Func<Task<LoadRunRecord>> run)
    {
        if (!_interactive)
        {
            return await run().ConfigureAwait(false);
        }

        LoadRunRecord? result = null;
        await AnsiConsole.Live(Render(null)).AutoClear(false).StartAsync(async context =>
        {
            var task = run();
            while (!task.IsCompleted)
            {
                await Task.WhenAny(task, Task.Delay(250)).ConfigureAwait(false);
                context.UpdateTarget(Render(Volatile.Read(ref _latest)));
            }

            result = await task.ConfigureAwait(false);
        }).ConfigureAwait(false);
        return result!;
    }

    internal static string Line(ProgressSnapshot s)
    {
        var r = s.Interval;
        return string.Create(CultureInfo.InvariantCulture,
            $"[{s.Elapsed.TotalSeconds,7:0.0}s] {r.Phase,-14} sent {r.Sent,6} done {r.Completed,6} in-flight {r.InFlight,5} errors {r.Errors,4} dropped {r.Dropped,4} late {r.Late,4} | p50 {r.ResponseP50Ms,8:0.###} ms  p99 {r.ResponseP99Ms,8:0.###} ms  max {r.ResponseMaxMs,8:0.###} ms | cpu {r.CpuPercent,5:0.0}%");
    }

    private static Panel Render(ProgressSnapshot? s)
    {
        var table = new Table().Border(TableBorder.None).HideHeaders().AddColumn("k").AddColumn("v");
        if (s is null)
        {
            table.AddRow("status", "starting...");
        }
        else
        {
            var r = s.Interval;
            table.AddRow("phase", Markup.Escape(r.Warmup ? $"{r.Phase} (warm-up, not measured)" : r.Phase));
            table.AddRow("elapsed", $"{s.Elapsed.TotalSeconds:0.0} s");
            table.AddRow("last second", $"sent {r.Sent}, done {r.Completed}, in flight {r.InFlight}, errors {r.Errors}, dropped {r.Dropped}, late {r.Late}");
            table.AddRow("response time", $"p50 {r.ResponseP50Ms:0.###} ms, p90 {r.ResponseP90Ms:0.###} ms, p99 {r.ResponseP99Ms:0.###} ms, max {r.ResponseMaxMs:0.###} ms");
            table.AddRow("service time", $"p99 {r.ServiceP99Ms:0.###} ms");
            table.AddRow("totals", $"sent {s.TotalSent}, done {s.TotalCompleted}, accepted {s.TotalAccepted}, errors {s.TotalErrors}, dropped {s.TotalDropped}");
            table.AddRow("load generator cpu", $"{r.CpuPercent:0.0}%");
        }

        return new Panel(table).Header("harness load (Ctrl+C stops and keeps the results)");
    }
}
