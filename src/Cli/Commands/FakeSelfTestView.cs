using Harness.Fakes.SelfTest;
using Spectre.Console;

namespace Harness.Cli.Commands;

/// <summary><c>harness fake --self-test</c> on the console: the receiver, expected against actual per row; exit 0 when every row matches.</summary>
internal static class FakeSelfTestView
{
    public static async Task<ExitCode> RunAsync(FakeArguments arguments, TextWriter output, CancellationToken ct)
    {
        var configured = arguments.ToOptions(out var problems);
        if (configured is null)
        {
            foreach (var problem in problems)
            {
                await output.WriteLineAsync($"harness fake: {problem}");
            }

            return ExitCode.UsageError;
        }

        var report = await ReceiverSelfTest.RunAsync(configured, ct);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        if (!ReferenceEquals(output, Console.Out) || Console.IsOutputRedirected)
        {
            // Logs and pipes have no width; 80 columns would wrap every message.
            console.Profile.Width = 160;
        }

        console.WriteLine($"harness fake --self-test: profile {report.Profile.ToString().ToLowerInvariant()}, receiver {report.BaseAddress} (key {Harness.Contract.Secrets.Redact(report.Key)})");
        var table = new Table().AddColumns("Row", "Case", "Expected", "Actual", "Result");
        foreach (var row in report.Rows)
        {
            table.AddRow(new Text(row.Row), new Text(row.Title), new Text(row.Expected), new Text(row.Actual),
                new Markup(row.Problem is null ? "[green]ok[/]" : "[red]FAIL[/] " + Markup.Escape(row.Problem)));
        }

        console.Write(table);
        console.WriteLine(report.Failures == 0
            ? "Every row matches DECISIONS.md (row 13, the envelope, is checked on every answer)."
            : $"{report.Failures} row(s) do not match.");
        return report.Failures == 0 ? ExitCode.Passed : ExitCode.Failed;
    }
}
