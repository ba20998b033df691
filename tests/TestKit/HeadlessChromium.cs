using Microsoft.Playwright;
using Xunit;

namespace Harness.TestKit;

/// <summary>
/// Debian's headless Chromium driven by Playwright (never a downloaded browser), launched one way
/// for every browser test: no sandbox, no GPU, no QUIC, nothing fetched in the background.
/// </summary>
public static class HeadlessChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        Assert.True(File.Exists(ExecutablePath), $"{ExecutablePath} is missing (apt-get install chromium; .ci/run installs it).");
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Timeout = 60_000,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync"],
        }).ConfigureAwait(false);
    }
}
