using System.Text.Json.Nodes;
using Harness.Reports.Tests.Support;
using Harness.TestKit;
using Microsoft.Playwright;

namespace Harness.Reports.Tests.Html;

/// <summary>
/// A run folder from elsewhere with markup in every text it holds (names, target, thresholds, error
/// codes, versions, timeline phases): report.html, opened in headless Chromium, runs none of it.
/// </summary>
public sealed class HostileReportBrowserTests : IDisposable
{
    private const string Payload = "\"'><img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=2</script><svg onload=\"window.__pwned=3\"></svg>";

    /// <summary>Values the reader parses (dates, enums, encodings): markup there makes the file unreadable, which other tests cover.</summary>
    private static readonly HashSet<string> Parsed = ["hdr", "startedUtc", "kind", "unit", "verdict", "bytesCount", "startAt"];

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task ReportHtml_MarkupInEveryTextOfTheRunFolder_RunsNoScriptInChromium()
    {
        var dir = SyntheticRun.Write(_temp.Path, SyntheticRun.Ramp(200), name: "hostile");
        var path = Path.Combine(dir, "run.json");
        var run = JsonNode.Parse(File.ReadAllText(path))!;
        var changed = Poison(run);
        run["measured"]!["errorCodes"]![Payload] = 0;
        File.WriteAllText(path, run.ToJsonString());
        var timeline = Path.Combine(dir, "timeline.csv");
        File.WriteAllText(timeline, File.ReadAllText(timeline).Replace(",main,", ",\"main" + Payload.Replace("\"", "\"\"", StringComparison.Ordinal) + "\",", StringComparison.Ordinal));
        Assert.True(changed > 3, $"only {changed} texts were poisoned");

        LoadReports.Write(dir);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        await page.GotoAsync(new Uri(Path.Combine(dir, "report.html")).AbsoluteUri, new PageGotoOptions { Timeout = 30_000 });
        await page.WaitForLoadStateAsync(LoadState.Load);

        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__pwned"));
        Assert.Equal(0, await page.Locator("img[src='x'], [onerror], [onload]").CountAsync());
        Assert.Equal(0, dialogs);
        // The markup is shown as text, so a reader sees what the folder said.
        Assert.Contains("<script>window.__pwned=2</script>", await page.InnerTextAsync("body"), StringComparison.Ordinal);
    }

    // Appends the payload to every string value the reader takes as text; returns how many it changed.
    private static int Poison(JsonNode? node)
    {
        var changed = 0;
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, value) in o.ToArray())
                {
                    if (value is JsonValue v && v.TryGetValue<string>(out var text) && !Parsed.Contains(name))
                    {
                        o[name] = text + Payload;
                        changed++;
                    }
                    else
                    {
                        changed += Poison(value);
                    }
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    changed += Poison(item);
                }

                break;
        }

        return changed;
    }
}
