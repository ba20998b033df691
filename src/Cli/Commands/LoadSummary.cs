using System.Globalization;
using Harness.Load.Measurement;
using Harness.Load.Phases;
using Harness.Load.Records;
using HdrHistogram;
using Spectre.Console;

namespace Harness.Cli.Commands;

/// <summary>The end-of-run summary: percentiles of both latencies, rates, counts by outcome and status, and warnings.</summary>
internal static class LoadSummary
{
    public static void Print(LoadRunRecord result, TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = ReferenceEquals(output, Console.Out) ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ColorSystemSupport.Detect,
        });
        if (!ReferenceEquals(output, Console.Out) || Console.IsOutputRedirected)
        {
            // Logs have no terminal width: keep the tables on one line each.
            console.Profile.Width = 160;
        }

        var m = result.Measured;
        console.WriteLine();
        console.MarkupLine($"[bold]{Markup.Escape(result.Name)}[/] against {Markup.Escape(result.Target)}{(result.EmbeddedTarget ? " (embedded fake receiver)" : "")} via {Markup.Escape(result.Transport)}");
        console.Write(Latencies(m));
        console.WriteLine("Response time counts from each request's intended send time (queueing included); service time from when it actually went out.");
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Measured {m.Seconds:0.00} s: sent {m.Sent} ({m.SentPerSecond:0.##}/s), completed {m.Completed} ({m.CompletedPerSecond:0.##}/s), scheduled {m.Scheduled}, dropped {m.Dropped}, late {m.Late}; bytes out {m.BytesOut}, in {m.BytesIn}."));
        console.Write(Counts(m));
        foreach (var phase in result.Phases)
        {
            var target = phase.TargetPerSecond is { } t ? string.Create(CultureInfo.InvariantCulture, $", target {t:0.###}/s") : "";
            console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  phase {phase.Name}{(phase.Warmup ? " (warm-up)" : "")}: {phase.Actual.TotalSeconds:0.00} s, sent {phase.Sent}, achieved {phase.AchievedPerSecond:0.###}/s{target}, dropped {phase.Dropped}, late {phase.Late}{(phase.BelowTarget ? "  BELOW TARGET" : "")}"));
        }

        if (result.Warmup is { } w)
        {
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Warm-up (not in the numbers above): {w.Seconds:0.00} s, sent {w.Sent}, completed {w.Completed}."));
        }

        Warnings(result, console);
    }

    private static Table Latencies(LoadTotals m)
    {
        var table = new Table().Title("Latency (ms)").AddColumn("");
        foreach (var p in LatencyPercentiles.Shown)
        {
            table.AddColumn(new TableColumn(LatencyPercentiles.Label(p)).RightAligned());
        }

        table.AddColumn(new TableColumn("max").RightAligned());
        table.AddRow(Row("response time", m.ResponseTime));
        table.AddRow(Row("service time", m.ServiceTime));
        return table;
    }

    private static string[] Row(string name, HdrHistogram.HistogramBase h) =>
        [name, .. LatencyPercentiles.Shown.Select(p => Figure.Text(LatencyPercentiles.Ms(h, p))), Figure.Text(LatencyPercentiles.MaxMs(h))];

    private static Table Counts(LoadTotals m)
    {
        var table = new Table().AddColumn("outcome").AddColumn(new TableColumn("count").RightAligned());
        foreach (var kind in Enum.GetValues<OutcomeKind>())
        {
            table.AddRow(OutcomeNames.Text(kind), m.Count(kind).ToString(CultureInfo.InvariantCulture));
        }

        var statuses = new Table().AddColumn("status").AddColumn("error_code").AddColumn(new TableColumn("count").RightAligned());
        foreach (var (status, n) in m.Statuses)
        {
            statuses.AddRow(status < 0 ? "other" : status.ToString(CultureInfo.InvariantCulture), "", n.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var (code, n) in m.ErrorCodes)
        {
            statuses.AddRow("", Markup.Escape(Harness.Contract.ConsoleText.Clean(code)), n.ToString(CultureInfo.InvariantCulture));
        }

        return new Table().Border(TableBorder.None).HideHeaders().AddColumn("a").AddColumn("b").AddRow(table, statuses);
    }

    private static void Warnings(LoadRunRecord result, IAnsiConsole console)
    {
        var m = result.Measured;
        if (result.SelfCheck.Understated)
        {
            console.MarkupLine("[bold red]THE LOAD GENERATOR WAS THE BOTTLENECK: these numbers understate the target.[/] " + Markup.Escape(string.Join("; ", result.SelfCheck.Reasons)));
        }

        if (result.BelowTargetRate)
        {
            var below = string.Join("; ", result.Phases.Where(p => p.BelowTarget).Select(p => string.Create(CultureInfo.InvariantCulture,
                $"{p.Name}: sent {p.Sent} of {p.PlannedArrivals} planned arrivals, achieved {p.AchievedPerSecond:0.##}/s of {p.TargetPerSecond:0.##}/s")));
            console.MarkupLine("[bold yellow]BELOW TARGET: the target (or the connections) could not keep up[/] " + Markup.Escape($"({below}); late or dropped starts waited for a free connection."));
        }

        if (m.FailedTime.TotalCount > 0)
        {
            console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{m.FailedTime.TotalCount} request(s) got no answer and are kept out of the latencies above: failed after p50 {Figure.Text(LatencyPercentiles.Ms(m.FailedTime, 50))} ms, max {Figure.Text(LatencyPercentiles.MaxMs(m.FailedTime))} ms."));
        }

        if (result.SelfCheck.SchedulerLagMs.Count > 0)
        {
            console.WriteLine("Dispatch lag (the generator's own error in every response time): "
                + string.Join(", ", result.SelfCheck.SchedulerLagMs.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value:0.###} ms"))) + ".");
        }

        if (!m.AccountingHolds)
        {
            console.MarkupLine($"[bold red]Accounting does not balance:[/] sent {m.Sent} != completed {m.Completed} + timeouts {m.Count(OutcomeKind.Timeout)} + connection errors {m.Count(OutcomeKind.ConnectionError)} + cancelled {m.Count(OutcomeKind.Cancelled)} (requests still in flight when the run ended).");
        }

        if (result.Reconciliation is { } r)
        {
            console.MarkupLine(r.Matches
                ? $"Reconciled with the receiver's /_fake/stats: {r.ReceiverAccepted} accepted on both sides (warm-up included)."
                : $"[bold yellow]Reconciliation differs:[/] the receiver accepted {r.ReceiverAccepted}, the harness saw {r.HarnessAccepted} answers 200 (difference {r.Difference}: "
                  + $"requests the harness gave up on ({m.Count(OutcomeKind.Timeout)} timeouts, {m.Count(OutcomeKind.Cancelled)} cancelled) may still have been accepted"
                  + (result.EmbeddedTarget ? ")." : "; other clients of the same receiver count too)."));
            if (r.ServerTime is { TotalCount: > 0 } server)
            {
                console.MarkupLine($"Receiver's own handling time (warm-up included): p50 {Figure.Text(server.GetValueAtPercentile(50) / 1000.0)} ms, p99 {Figure.Text(server.GetValueAtPercentile(99) / 1000.0)} ms, max {Figure.Text(server.GetMaxValue() / 1000.0)} ms over {server.TotalCount} answers.");
            }
        }
        else if (result.ReconciliationSkipped is { } why)
        {
            console.WriteLine($"Reconciliation skipped: {why}.");
        }
    }

}
