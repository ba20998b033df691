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
            : options.Target.BaseUrl.ToString();
        var profile = options.Profile is { } chosen ? $"held to profile {chosen.Name}"
            : options.Target is null ? "held to profile strict (the fake's own)"
            : "held to the contract alone (no --profile: open points are listed, not failed)";
        _output.WriteLine($"{what} {target}, {profile}.");
        if (options.Target?.Tls.Insecure == true)
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
            var label = failure.Standing == Standing.Deviation ? "DEVIATION" : "VIOLATION";
            _console.MarkupLine($"[red]{label}[/] [bold]{Safe(failure.Id)}[/] ({failure.Verdict}): {Safe(failure.Title)}");
            _console.WriteLine($"  rule:     {ConsoleText.Clean(failure.Rule)} ({ConsoleText.Clean(failure.SpecRow)}; docs/contract.md#{failure.Anchor})");
            _console.WriteLine($"  expected: {ConsoleText.Clean(failure.Expected)}");
            _console.WriteLine($"  actual:   {ConsoleText.Clean(failure.Actual)}");
            _console.WriteLine($"  why:      {ConsoleText.Clean(failure.Reason)}");
            _console.WriteLine("  reproduce:");
            // Past the console, not through it: Spectre wraps long lines at the width, and a line break
            // inside printf's quoted body would change the bytes the command sends.
            foreach (var line in failure.Curl.Split('\n'))
            {
                _output.WriteLine("    " + ConsoleText.Clean(line));
            }
        }

        if (failures.Length > DetailedFailures)
        {
            _console.WriteLine($"... and {failures.Length - DetailedFailures} more failures: see report.html in the run folder.");
        }

        PrintDeviations(run);
        _console.WriteLine();
        foreach (var finding in run.Findings)
        {
            _console.MarkupLine($"[blue]finding[/] {Safe(finding.Title)} {Safe(finding.Observed)}");
        }

        var counts = string.Join(", ", new[]
        {
            (Standing.Conforms, "conform"), (Standing.Violation, "violations"), (Standing.Deviation, "deviations"),
            (Standing.Finding, "not pinned"), (Standing.Skipped, "skipped"),
        }.Select(s => (Count: run.Checks.Count(c => c.Standing == s.Item1), Name: s.Item2)).Where(s => s.Count > 0).Select(s => $"{s.Count} {s.Name}"));
        _console.WriteLine(run.Split);
        var verdict = run.Interrupted ? "[yellow]INTERRUPTED (partial)[/]" : run.Passed ? "[green]PASSED[/]" : "[red]FAILED[/]";
        _console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"{verdict}: {run.Checks.Count} checks ({Markup.Escape(counts)}) in {run.Duration.TotalSeconds:0.00} s against {Safe(run.Target)}"));
    }

    /// <summary>Deviations that did not fail the run (no --profile): listed with the profile each answer matches.</summary>
    private void PrintDeviations(ConformanceRun run)
    {
        var listed = run.Checks.Where(c => c.Passed && c.Standing == Standing.Deviation).ToArray();
        if (listed.Length == 0)
        {
            return;
        }

        _console.WriteLine();
        _console.WriteLine($"Open points read differently from strict ({listed.Length}; not failures without --profile):");
        foreach (var group in listed.GroupBy(c => (c.Anchor, Matches: c.Matches.Length == 0 ? "no profile" : c.Matches)).Take(DetailedFailures))
        {
            var ids = group.Select(c => c.Id).ToArray();
            var shown = string.Join(", ", ids.Take(4)) + (ids.Length > 4 ? $", ... ({ids.Length} checks)" : "");
            _console.MarkupLine($"  [yellow]deviation[/] docs/contract.md#{Safe(group.Key.Anchor)}: matches {Safe(group.Key.Matches)}: {Safe(shown)}");
        }
    }

    private static Table GroupTable(ConformanceRun run)
    {
        var table = new Table().AddColumns("Field", "Rule", "Basis", "Checks", "Conform", "Violations", "Deviations", "Not pinned", "Skipped");
        var rows = run.Checks
            .GroupBy(c => (Field: c.Subject, c.Rule))
            .OrderBy(g => g.Key.Field.StartsWith('(') ? 1 : 0).ThenBy(g => g.Key.Field, StringComparer.Ordinal).ThenBy(g => g.Key.Rule, StringComparer.Ordinal);
        foreach (var group in rows.Where(g => g.Any(c => c.Verdict != Verdict.Skipped)))
        {
            var violations = group.Count(c => c.Standing == Standing.Violation);
            var deviations = group.Count(c => c.Standing == Standing.Deviation);
            var basis = string.Join("/", group.Select(c => RunBasis(c.Basis)).Distinct().Order(StringComparer.Ordinal));
            table.AddRow(
                Safe(group.Key.Field), Safe(group.Key.Rule), basis, Count(group.Count()),
                Count(group.Count(c => c.Standing == Standing.Conforms)),
                violations > 0 ? $"[red]{violations}[/]" : "0",
                deviations > 0 ? (group.Any(c => !c.Passed) ? $"[red]{deviations}[/]" : $"[yellow]{deviations}[/]") : "0",
                Count(group.Count(c => c.Standing == Standing.Finding)),
                Count(group.Count(c => c.Verdict == Verdict.Skipped)));
        }

        return table;
    }

    /// <summary>Target (or run folder) text for Spectre markup: control characters shown as escapes, brackets escaped.</summary>
    private static string Safe(string? text) => Markup.Escape(ConsoleText.Clean(text));

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string RunBasis(CheckBasis basis) => basis switch
    {
        CheckBasis.Contract => "contract",
        CheckBasis.OpenPoint => "open",
        _ => "not pinned",
    };

    /// <summary>Reports synchronously on the caller's thread (Progress&lt;T&gt; would post and reorder).</summary>
    private sealed class Callback(Action<CheckResult> report) : IProgress<CheckResult>
    {
        public void Report(CheckResult value) => report(value);
    }
}
