using System.Globalization;
using System.Text.Json;
using Harness.Reports.Tests.Support;
using Harness.TestKit;
using Microsoft.Playwright;

namespace Harness.Reports.Tests.Html;

/// <summary>
/// Opens a generated report.html in Debian's headless Chromium (driven by Playwright, never
/// downloading a browser) and checks what a person would see: charts drawn, numbers equal to run.json.
/// </summary>
public sealed class ReportBrowserTests : IDisposable
{

    /// <summary>Set to 1 to refresh docs/images/load-report.png from this test.</summary>
    private const string UpdateScreenshotVariable = "HARNESS_UPDATE_REPORT_SCREENSHOT";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task ReportHtml_OpenedInChromium_ChartsRenderAndNumbersMatchRunJson()
    {
        // The committed smoke baseline is a real run of the embedded fake: report it as a user would.
        var dir = Path.Combine(_temp.Path, "smoke");
        Directory.CreateDirectory(dir);
        foreach (var name in new[] { "run.json", "timeline.csv" })
        {
            File.Copy(Path.Combine(RepoRoot.Find(), "results", "baselines", "smoke", name), Path.Combine(dir, name));
        }

        LoadReports.Write(dir);
        var report = Path.Combine(dir, "report.html");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        await page.GotoAsync(new Uri(report).AbsoluteUri, new PageGotoOptions { Timeout = 30_000 });

        // Self-contained: the page asked for nothing but itself.
        Assert.All(requests, url => Assert.StartsWith("file://", url, StringComparison.Ordinal));

        foreach (var id in new[] { "chart-throughput", "chart-latency", "chart-distribution" })
        {
            var box = await page.Locator($"svg#{id}").BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.Width > 300 && box.Height > 100, $"{id} is {box.Width}x{box.Height}");
            var lines = await page.Locator($"svg#{id} polyline").CountAsync();
            Assert.True(lines >= 2, $"{id} draws {lines} lines");
            var lineBox = await page.Locator($"svg#{id} polyline").First.BoundingBoxAsync();
            Assert.True(lineBox is { Width: > 50 }, $"{id}'s first line has no width");
        }

        var shown = await page.Locator("[data-metric]").EvaluateAllAsync<string[][]>(
            "els => els.map(e => [e.getAttribute('data-metric'), e.textContent.trim()])");
        Assert.True(shown.Length > 20, $"only {shown.Length} figures carry data-metric");
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, "run.json")));
        foreach (var pair in shown)
        {
            var expected = pair[0] == "errorRate" ? ErrorRatePercent(json.RootElement) : Resolve(json.RootElement, pair[0].Split('.'));
            Assert.True(expected.HasValue, $"{pair[0]} is not in run.json");
            var actual = double.Parse(pair[1], CultureInfo.InvariantCulture);
            Assert.True(Math.Abs(expected.Value - actual) < 0.0006, $"{pair[0]}: page shows {actual}, run.json has {expected}");
        }

        Assert.Equal("pass", await page.Locator("#verdict").GetAttributeAsync("data-verdict"));
        Assert.Equal(3, await page.Locator("#thresholds tr[data-verdict]").CountAsync());

        var screenshot = Path.Combine(_temp.Path, "load-report.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        Assert.True(new FileInfo(screenshot).Length > 10_000);
        if (Environment.GetEnvironmentVariable(UpdateScreenshotVariable) == "1")
        {
            File.Copy(screenshot, Path.Combine(RepoRoot.Find(), "docs", "images", "load-report.png"), overwrite: true);
        }
    }

    // Property names may hold dots ("p99.9Ms", "COC.00000000"): take the longest name that exists.
    private static double? Resolve(JsonElement element, ReadOnlySpan<string> path)
    {
        if (path.Length == 0)
        {
            return element.ValueKind == JsonValueKind.Number ? element.GetDouble() : null;
        }

        for (var take = path.Length; take >= 1; take--)
        {
            if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(string.Join('.', path[..take].ToArray()), out var child)
                && Resolve(child, path[take..]) is { } value)
            {
                return value;
            }
        }

        return null;
    }

    private static double ErrorRatePercent(JsonElement root)
    {
        var measured = root.GetProperty("measured");
        var outcomes = measured.GetProperty("outcomes");
        long N(string name) => outcomes.TryGetProperty(name, out var v) ? v.GetInt64() : 0;
        var settled = measured.GetProperty("sent").GetInt64() - N("cancelled");
        return settled == 0 ? 0 : Math.Round(100.0 * (N("unexpectedAnswer") + N("timeout") + N("connectionError")) / settled, 3);
    }
}
