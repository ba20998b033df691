using Harness.Load.Records;
using Harness.Reports.Tests.Support;

namespace Harness.Reports.Tests.Html;

/// <summary>A run folder from elsewhere is data: its abort threshold reaches report.html's title escaped.</summary>
public sealed class HostileVerdictTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Write_AbortThresholdWithMarkup_TitleShowsItEscaped()
    {
        var abort = new ThresholdAbort("p99 < 1ms</title><script>alert(1)</script>", 2, "2 ms", 1, 0);
        var dir = SyntheticRun.Write(_temp.Path, SyntheticRun.Ramp(100), abortedBy: abort);

        LoadReports.Write(dir);

        var html = File.ReadAllText(Path.Combine(dir, "report.html"));
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("<title>Load run ", html, StringComparison.Ordinal);
        Assert.Contains("ABORTED: p99 &lt; 1ms&lt;/title&gt;&lt;script&gt;", html, StringComparison.Ordinal);
    }
}
