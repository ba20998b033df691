using System.Globalization;
using Harness.Conformance;
using Harness.Contract;
using Spectre.Console;

namespace Harness.Cli.Commands;

/// <summary>
/// The console side of <c>harness conformance</c>: a live progress bar on a terminal (plain lines
/// otherwise), then the table by field and rule, each failure with expected vs actual and its curl
/// line, and the findings.
/// </summary>
internal sealed class ConformanceConsole
{
    private const int DetailedFailures = 30;

    private readonly TextWriter _output;
    private readonly IAnsiConsole _console;
    private readonly bool _interactive;

    public ConformanceConsole(TextWriter output)
    {
        _output = output;
        var isTerminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        _console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ColorSystemSupport.Detect,
        });
        _interactive = isTerminal && _console.Profile.Capabilities.Interactive;
        if (!isTerminal)
        {
            // Logs have no terminal width: keep table rows on one line each.
            _console.Profile.Width = 200;
        }
    }

    public void Announce(ConformanceOptions options, string? replay)
    {
        var what = replay is null ? "Checking" : $"Replaying {replay} against";
        var target = options.Target is null
            ? "the embedded fake (no --target: started in-process on a free loopback port)"
            : options.Target.ToString();
        _output.WriteLine($"{what} {target}, profile {Name(options.Profile)}.");
        if (options.Tls.Insecure)
        {
            _output.WriteLine("warning: --insecure: the target's TLS certificate is NOT verified.");
        }
    }

    public async Task<ConformanceRun> ShowProgressAsync(int? expected, Func<IProgress<CheckResult>, Task<ConformanceRun>> run)
    {
        if (!_interactive)
        {
            var done = 0;
            return await run(new Callback(result =>
            {
                var count = Interlocked.Increment(ref done);
                if (!result.Passed)
                {
                    _output.WriteLine($"  FAIL {ConsoleText.Clean(result.Id)}: {result.Verdict}");
                }
                else if (count % 100 == 0)
                {
                    _output.WriteLine($"  {count} checks done");
                }
            })).ConfigureAwait(false);
        }

        ConformanceRun? finished = null;
        await _console.Progress().AutoClear(true).StartAsync(async context =>
        {
            var task = context.AddTask("checks", maxValue: expected ?? 1);
            task.IsIndeterminate = expected is null;
            var failed = 0;
            finished = await run(new Callback(result =>
            {
                task.Increment(1);
                if (!result.Passed)
                {
                    task.Description = $"checks ([red]{Interlocked.Increment(ref failed)} failed[/])";
                }
            })).ConfigureAwait(false);
            task.Value = task.MaxValue;
        }).ConfigureAwait(false);
        return finished!;
    }

    public void PrintResults(ConformanceRun run)
    {
        _console.WriteLine();
        _console.Write(GroupTable(run));
        var failures = run.Failures.ToArray();
        foreach (var failure in failures.Take(DetailedFailures))
        {
            _console.WriteLine();
            _console.MarkupLine($"[red]FAIL[/] [bold]{Safe(failure.Id)}[/] ({failure.Verdict}): {Safe(failure.Title)}");
            _console.WriteLine($"  rule:     {ConsoleText.Clean(failure.Rule)} ({ConsoleText.Clean(failure.SpecRow)})");
            _console.WriteLine($"  expected: {ConsoleText.Clean(failure.Expected)}");
            _console.WriteLine($"  actual:   {ConsoleText.Clean(failure.Actual)}");
            _console.WriteLine($"  why:      {ConsoleText.Clean(failure.Reason)}");
            _console.WriteLine("  reproduce:");
            foreach (var line in failure.Curl.Split('\n'))
            {
                _console.WriteLine("    " + ConsoleText.Clean(line));
            }
        }

        if (failures.Length > DetailedFailures)
        {
            _console.WriteLine($"... and {failures.Length - DetailedFailures} more failures: see report.html in the run folder.");
        }

        _console.WriteLine();
        foreach (var finding in run.Findings)
        {
            _console.MarkupLine($"[blue]finding[/] {Safe(finding.Title)} {Safe(finding.Observed)}");
        }

        var counts = string.Join(", ", Enum.GetValues<Verdict>().Where(v => run.Count(v) > 0).Select(v => $"{run.Count(v)} {v}"));
        var verdict = run.Interrupted ? "[yellow]INTERRUPTED (partial)[/]" : run.Passed ? "[green]PASSED[/]" : "[red]FAILED[/]";
        _console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"{verdict}: {run.Checks.Count} checks ({Markup.Escape(counts)}) in {run.Duration.TotalSeconds:0.00} s against {Safe(run.Target)}"));
    }

    private static Table GroupTable(ConformanceRun run)
    {
        var table = new Table().AddColumns("Field", "Rule", "Checks", "Passed", "Failed", "Skipped");
        var rows = run.Checks
            .GroupBy(c => (Field: c.Subject, c.Rule))
            .OrderBy(g => g.Key.Field.StartsWith('(') ? 1 : 0).ThenBy(g => g.Key.Field, StringComparer.Ordinal).ThenBy(g => g.Key.Rule, StringComparer.Ordinal);
        foreach (var group in rows.Where(g => g.Any(c => c.Verdict != Verdict.Skipped)))
        {
            var failed = group.Count(c => !c.Passed);
            table.AddRow(
                Safe(group.Key.Field), Safe(group.Key.Rule), Count(group.Count()),
                Count(group.Count(c => c.Verdict == Verdict.Pass)),
                failed > 0 ? $"[red]{failed}[/]" : "0",
                Count(group.Count(c => c.Verdict == Verdict.Skipped)));
        }

        return table;
    }

    /// <summary>Target (or run folder) text for Spectre markup: control characters shown as escapes, brackets escaped.</summary>
    private static string Safe(string? text) => Markup.Escape(ConsoleText.Clean(text));

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Name(Contract.Profile profile) => profile.ToString().ToLowerInvariant();

    /// <summary>Reports synchronously on the caller's thread (Progress&lt;T&gt; would post and reorder).</summary>
    private sealed class Callback(Action<CheckResult> report) : IProgress<CheckResult>
    {
        public void Report(CheckResult value) => report(value);
    }
}
