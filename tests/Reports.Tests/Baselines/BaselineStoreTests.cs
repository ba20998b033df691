using Harness.Reports.Baselines;
using Harness.Reports.Tests.Support;

namespace Harness.Reports.Tests.Baselines;

public sealed class BaselineStoreTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Save_SummaryThatIsALinkToDevZero_IsLeftBehindNotFollowed()
    {
        var run = SyntheticRun.Write(_temp.Path, SyntheticRun.Ramp(50));
        var summary = Path.Combine(run, "summary.md");
        File.Delete(summary);
        File.CreateSymbolicLink(summary, "/dev/zero");
        var baseline = Path.Combine(_temp.Path, "baseline");

        BaselineStore.Save(run, baseline);

        Assert.Equal(File.ReadAllBytes(Path.Combine(run, "run.json")), File.ReadAllBytes(Path.Combine(baseline, "run.json")));
        Assert.True(File.Exists(Path.Combine(baseline, "timeline.csv")));
        Assert.False(File.Exists(Path.Combine(baseline, "summary.md")));
    }
}
