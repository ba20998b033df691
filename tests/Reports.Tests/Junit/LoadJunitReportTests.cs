using System.Xml.Linq;
using Harness.Reports.Tests.Support;

namespace Harness.Reports.Tests.Junit;

public sealed class LoadJunitReportTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Write_RunWithThresholds_OneTestcasePerThresholdInTheCommonShape()
    {
        var dir = SyntheticRun.Write(_temp.Path, SyntheticRun.Ramp(100));
        var runJson = Path.Combine(dir, "run.json");

        // The engine's writer had no scenario: add thresholds the way run.json records them.
        var text = File.ReadAllText(runJson).TrimEnd().TrimEnd('}') +
            ""","thresholds":[{"expression":"p99 < 1s","abortOnFail":false,"graceSeconds":0},{"expression":"p50 < 10ms","abortOnFail":false,"graceSeconds":0}]}""";
        File.WriteAllText(runJson, text);
        Assert.False(LoadReports.Write(dir));
        var xml = XDocument.Load(Path.Combine(dir, "junit.xml"));
        var suites = xml.Root!;
        Assert.Equal("testsuites", suites.Name.LocalName);
        var suite = Assert.Single(suites.Elements("testsuite"));
        var cases = suite.Elements("testcase").ToArray();
        Assert.Equal(2, cases.Length);
        Assert.All(cases, c =>
        {
            Assert.NotNull(c.Attribute("name"));
            Assert.NotNull(c.Attribute("classname"));
            Assert.NotNull(c.Attribute("time"));
        });
        Assert.Equal("2", suite.Attribute("tests")!.Value);
        Assert.Equal("1", suite.Attribute("failures")!.Value);
        Assert.NotNull(cases.Single(c => c.Attribute("name")!.Value == "p50 < 10ms").Element("failure"));
        Assert.Null(cases.Single(c => c.Attribute("name")!.Value == "p99 < 1s").Element("failure"));
        Assert.Contains("FAIL", File.ReadAllText(Path.Combine(dir, "summary.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_StepSummarySet_AppendsTheSummary()
    {
        var dir = SyntheticRun.Write(_temp.Path, SyntheticRun.Ramp(100));
        var stepSummary = Path.Combine(_temp.Path, "step-summary.md");
        File.WriteAllText(stepSummary, "before\n");
        Environment.SetEnvironmentVariable(Harness.Runs.StepSummary.Variable, stepSummary);
        try
        {
            LoadReports.Write(dir);
        }
        finally
        {
            Environment.SetEnvironmentVariable(Harness.Runs.StepSummary.Variable, null);
        }

        var text = File.ReadAllText(stepSummary);
        Assert.StartsWith("before\n", text, StringComparison.Ordinal);
        Assert.Contains("## Load `synthetic`", text, StringComparison.Ordinal);
    }
}
