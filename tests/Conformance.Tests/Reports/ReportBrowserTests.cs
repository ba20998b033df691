using Harness.Contract;
using Harness.Embedded;
using Harness.Fakes;
using Harness.Runs;
using Harness.TestKit;
using Microsoft.Playwright;

namespace Harness.Conformance.Tests.Reports;

/// <summary>
/// The conformance report.html in Debian's headless Chromium at 1280 x 900, as a QA lead opens it:
/// the verdict's split is at the top, and the rule x field matrix fits the window.
/// </summary>
public sealed class ReportBrowserTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("conformance-browser-").FullName;

    [Fact]
    public async Task ReportHtml_At1280Pixels_ShowsTheSplitFirstAndTheWholeMatrix()
    {
        await using var fake = await FakeReceiver.StartAsync(new FakeReceiverOptions { Profile = Profile.Lenient });
        var run = await ConformanceRuns.RunAsync(new ConformanceOptions { Target = new() { BaseUrl = fake.BaseAddress, Key = fake.Keys[0] } });
        var folder = RunFolder.Create(_root, "conformance", "browser", run.StartedUtc);
        ConformanceReports.Write(run, folder);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await page.GotoAsync(new Uri(folder.File("report.html")).AbsoluteUri, new PageGotoOptions { Timeout = 30_000 });

        var pageWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        var matrix = await page.Locator(".matrix").BoundingBoxAsync();
        var table = await page.Locator(".matrix table").BoundingBoxAsync();
        var split = await page.Locator(".split").BoundingBoxAsync();

        Assert.True(pageWidth <= 1280, $"the page is {pageWidth} px wide");
        Assert.True(table!.X + table.Width <= matrix!.X + matrix.Width + 1, $"the matrix table ({table.Width} px) is cut off by its box ({matrix.Width} px)");
        Assert.True(matrix.X + matrix.Width <= 1280);
        Assert.True(split!.Y < 900 && split.Y < matrix.Y, "the contract / deviation / finding split is not at the top");
        var splitText = await page.Locator(".split").InnerTextAsync();
        Assert.Contains("0\ncontract violations", splitText, StringComparison.Ordinal);
        Assert.Contains($"{run.Deviations}\ndeviations from strict", splitText, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
