using Harness.Reports.Baselines;
using Harness.Reports.Documents;
using Harness.Reports.Gate;
using Harness.Reports.Tests.Support;
using Harness.Reports.Thresholds;

namespace Harness.Reports.Tests.Gate;

/// <summary>Issue 15: a given threshold never silently replaces the conformance gate; wrong-kind conditions are usage errors.</summary>
public sealed class GateContractTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static GateCondition Parse(string text)
    {
        Assert.True(GateConditionParser.TryParse(text, "--threshold", out var condition, out var error), error?.Render());
        return condition!;
    }

    private RunDocument FailingConformanceRun()
    {
        var dir = Path.Combine(_temp.Path, "conf-" + Guid.NewGuid().ToString("N")[..6]);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "run.json"), """
            {"kind":"conformance","settings":{"target":"x"},"summary":{"passed":false,"interrupted":false},
             "checks":[{"id":"alarmName.too-long","verdict":"Pass","group":"negative"},
                       {"id":"alarmLevel.enum","verdict":"RuleNotEnforced","group":"negative"}]}
            """);
        return RunDocument.Open(dir);
    }

    [Fact]
    public void Evaluate_FailingConformanceRunWithANarrowerPassingThreshold_StillFailsOnTheDefault()
    {
        var gate = GateEvaluator.Evaluate(FailingConformanceRun(), [Parse("checks.alarmName.* == pass")]);

        Assert.False(gate.Passed);
        Assert.Contains(gate.Conditions, c => c.Condition.Canonical == GateEvaluator.DefaultConformanceGate && c.Verdict == ConditionVerdict.Fail);
    }

    [Fact]
    public void Evaluate_DefaultReplacedExplicitly_JudgesOnlyTheGivenConditions()
    {
        var gate = GateEvaluator.Evaluate(FailingConformanceRun(), [Parse("checks.alarmName.* == pass")], replaceDefault: true);

        Assert.True(gate.Passed);
        Assert.Single(gate.Conditions);
    }

    [Fact]
    public void Evaluate_DefaultGivenAgain_IsNotCountedTwice()
    {
        var gate = GateEvaluator.Evaluate(FailingConformanceRun(), [Parse("checks.* == pass")]);

        Assert.Single(gate.Conditions);
    }

    [Theory]
    [InlineData(RunKind.Conformance, "p99 < 1s", "is a load metric")]
    [InlineData(RunKind.Conformance, "error_rate < 1%", "is a load metric")]
    [InlineData(RunKind.Load, "checks.* == pass", "judges conformance checks")]
    public void Problems_ConditionOfTheWrongKind_IsNamed(RunKind kind, string text, string message)
    {
        var problem = Assert.Single(ConditionKinds.Problems(kind, [Parse(text)]));

        Assert.Contains(message, problem, StringComparison.Ordinal);
        Assert.Contains(text, problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RunKind.Conformance, "checks.alarmName.* == pass")]
    [InlineData(RunKind.Load, "p99 < 1s")]
    public void Problems_ConditionOfTheRightKind_IsNone(RunKind kind, string text) =>
        Assert.Empty(ConditionKinds.Problems(kind, [Parse(text)]));

    [Theory]
    [InlineData("p99=NaN%")]
    [InlineData("p99=Infinity%")]
    [InlineData("throughput=1e400%")]
    public void TryParse_LimitThatIsNotAFiniteNumber_IsRefused(string text) =>
        Assert.False(RegressionLimits.TryParse(text, out _, out _));

    [Theory]
    [InlineData("../../etc", "etc")]
    [InlineData("/tmp/evil", "tmp-evil")]
    [InlineData("..", "run")]
    [InlineData("a/../../b", "a-..-..-b")]
    [InlineData("smoke", "smoke")]
    public void DefaultFolder_NameFromRunJson_StaysOneFolderUnderTheRoot(string name, string segment)
    {
        var root = Path.Combine(_temp.Path, "baselines");

        var folder = BaselineName.DefaultFolder(name, root);

        Assert.Equal(Path.Combine(root, segment), folder);
        Assert.StartsWith(Path.GetFullPath(root) + Path.DirectorySeparatorChar, Path.GetFullPath(folder), StringComparison.Ordinal);
    }
}
