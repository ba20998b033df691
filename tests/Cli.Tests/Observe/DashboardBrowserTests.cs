using System.Globalization;
using System.Text.RegularExpressions;
using Harness.Cli.Commands;
using Harness.Fakes;
using Harness.Load.Engine;
using Harness.TestKit;
using Microsoft.Playwright;

namespace Harness.Cli.Tests.Observe;

/// <summary>
/// <c>harness load --dashboard</c> opened in Debian's headless Chromium (Playwright, no browser
/// download) while the run goes: the numbers move, they are the console's, and the report follows.
/// </summary>
[Collection("observe")]
public sealed partial class DashboardBrowserTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "cli-dashboard-" + Guid.NewGuid().ToString("N"));

    public DashboardBrowserTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task LoadWithDashboard_OpenedDuringRun_NumbersMoveMatchConsoleAndReportFollows()
    {
        await using var fake = await FakeReceiver.StartAsync(new FakeReceiverOptions());
        var scenario = Path.Combine(_dir, "live.json");
        File.WriteAllText(scenario, """
            { "name": "live", "phases": [ { "name": "steady", "type": "constant-rate", "rate": 40, "duration": "8s" } ], "payload": { "poolSize": 10 } }
            """);
        // The browser first: on a busy machine it takes seconds to start, and the run would be over.
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        var console = new LockedWriter();
        var args = new LoadArguments(scenario, fake.BaseAddress.ToString(), fake.Keys[0], null, null, null, null,
            Path.Combine(_dir, "results"), false, null, TransportKind.Auto) { Dashboard = true, AllowUnderstated = true };
        var run = Task.Run(() => LoadRun.ExecuteAsync(args, console, CancellationToken.None));

        var address = await WaitForAsync(() => DashboardLine().Match(console.Text) is { Success: true } m ? m.Groups[1].Value : null);
        await page.GotoAsync(address);

        var first = await SnapshotAfterAsync(page, "0.0");
        var second = await SnapshotAfterAsync(page, first.Elapsed);
        Assert.NotEqual(first.Elapsed, second.Elapsed);
        foreach (var shown in new[] { first, second })
        {
            // The console printed the same interval: same elapsed time, same counts, same p99.
            var line = console.Text.Split('\n').FirstOrDefault(l => l.StartsWith($"[{shown.Elapsed,7}s]", StringComparison.Ordinal));
            Assert.True(line is not null, $"no console line for {shown.Elapsed} s in:\n{console.Text}");
            var numbers = IntervalLine().Match(line);
            Assert.True(numbers.Success, line);
            Assert.Equal(numbers.Groups["sent"].Value, shown.Sent);
            Assert.Equal(numbers.Groups["p99"].Value, shown.P99);
        }

        Assert.Equal("40", await page.Locator("[data-live=target]").TextContentAsync());
        var exit = await run;
        Assert.True(exit == ExitCode.Passed, console.Text);
        // The run waited for the page to load its report before it stopped serving.
        var frame = page.FrameLocator("iframe#report");
        await Assertions.Expect(frame.Locator("#percentiles")).ToBeVisibleAsync(new() { Timeout = 10_000 });
        Assert.All(requests, url => Assert.StartsWith(address, url, StringComparison.Ordinal));
    }

    private static async Task<Snapshot> SnapshotAfterAsync(IPage page, string elapsedBefore)
    {
        await page.WaitForFunctionAsync(
            "before => { const e = document.querySelector('[data-live=elapsed]').textContent; return e !== before && e !== '0'; }",
            elapsedBefore, new() { Timeout = 15_000 });
        var values = await page.EvaluateAsync<string[]>(
            "() => ['elapsed', 'sent', 'p99'].map(n => document.querySelector('[data-live=' + n + ']').textContent)");
        return new Snapshot(values[0], values[1], values[2]);
    }

    private static async Task<string> WaitForAsync(Func<string?> probe)
    {
        for (var i = 0; i < 200; i++)
        {
            if (probe() is { } found)
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("the dashboard address was never printed");
    }

    [GeneratedRegex(@"Live dashboard: (http://127\.0\.0\.1:\d+/)")]
    private static partial Regex DashboardLine();

    [GeneratedRegex(@"sent\s+(?<sent>\d+) .*p99\s+(?<p99>[0-9.]+) ms")]
    private static partial Regex IntervalLine();

    private sealed record Snapshot(string Elapsed, string Sent, string P99);

    /// <summary>The console, written by the run and read by the test at once.</summary>
    private sealed class LockedWriter : StringWriter
    {
        public LockedWriter()
            : base(CultureInfo.InvariantCulture)
        {
        }

        public string Text
        {
            get
            {
                lock (this)
                {
                    return ToString();
                }
            }
        }

        public override void Write(char value)
        {
            lock (this)
            {
                base.Write(value);
            }
        }

        public override void Write(string? value)
        {
            lock (this)
            {
                base.Write(value);
            }
        }

        public override void WriteLine(string? value)
        {
            lock (this)
            {
                base.WriteLine(value);
            }
        }
    }
}
