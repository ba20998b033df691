using Harness.Load.Thresholds;
using Harness.Reports.Documents;
using Harness.Reports.Gate;
using Harness.Reports.Tests.Support;
using Harness.Reports.Thresholds;

namespace Harness.Reports.Tests.Thresholds;

public sealed class ConditionEvaluatorTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static GateCondition Parse(string text)
    {
        Assert.True(GateConditionParser.TryParse(text, "test", out var condition, out var error), error?.Render());
        return condition!;
    }

    [Theory]
    [InlineData("p99 < 995ms", ConditionVerdict.Pass)]
    [InlineData("p99 < 985ms", ConditionVerdict.Fail)]
    [InlineData("p50 <= 501ms", ConditionVerdict.Pass)]
    [InlineData("service.p99 < 500ms", ConditionVerdict.Pass)]
    [InlineData("max >= 1s", ConditionVerdict.Pass)]
    [InlineData("error_rate < 0.5%", ConditionVerdict.Fail)]
    [InlineData("error_rate < 1%", ConditionVerdict.Pass)]
    [InlineData("unexpected == 0", ConditionVerdict.Fail)]
    [InlineData("unexpected <= 5", ConditionVerdict.Pass)]
    [InlineData("achieved_rate >= 99% of target", ConditionVerdict.Pass)]
    [InlineData("timeouts == 0", ConditionVerdict.Pass)]
    [InlineData("checks.* == pass", ConditionVerdict.NotApplicable)]
    public void Evaluate_LoadRunWithKnownHistogram_JudgesFromTheHistogram(string text, ConditionVerdict expected)
    {
        var dir = SyntheticRun.Write(_temp.Path, SyntheticRun.Ramp(1000), unexpected: 5, targetPerSecond: 100);
        var outcome = ConditionEvaluator.Evaluate(Parse(text), RunDocument.Open(dir));
        Assert.Equal(expected, outcome.Verdict);
    }

    [Fact]
    public void Evaluate_Percentile_EqualsTheHistogramValueRunJsonRecords()
    {
        var dir = SyntheticRun.Write(_temp.Path, SyntheticRun.Ramp(1000));
        var run = RunDocument.Open(dir);
        var outcome = ConditionEvaluator.Evaluate(Parse("p99 < 2s"), run);
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, "run.json")));
        var recorded = json.RootElement.GetProperty("measured").GetProperty("latency").GetProperty("responseTime").GetProperty("p99Ms").GetDouble();
        Assert.Equal(recorded, outcome.Value);
        Assert.InRange(outcome.Value!.Value, 989, 991);
    }

    [Theory]
    [InlineData("unexpected == 0ms", 15, "'unexpected' is a count")]
    [InlineData("p99 < 250qs", 9, "unknown unit")]
    [InlineData("checks.alarmName.* = pass", 19, "expected '=='")]
    [InlineData("checks.alarmName.* == ok", 22, "expected 'pass'")]
    [InlineData("p99x < 1s", 0, "unknown metric")]
    public void TryParse_BadExpression_PointsAtTheCharacter(string text, int position, string message)
    {
        Assert.False(GateConditionParser.TryParse(text, "test", out _, out var error));
        Assert.Equal(position, error!.Position);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(text, error.Expression);
    }

    [Fact]
    public void Evaluate_ChecksGlobOnConformanceRun_FailsOnlyWhenAMatchingCheckFailed()
    {
        var dir = Path.Combine(_temp.Path, "conf");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "run.json"), """
            {"kind":"conformance","settings":{"target":"x"},"summary":{"passed":false,"interrupted":false},
             "checks":[{"id":"alarmName.too-long","verdict":"Pass","group":"negative"},
                       {"id":"alarmName.missing","verdict":"Skipped","group":"negative"},
                       {"id":"alarmLevel.enum","verdict":"RuleNotEnforced","group":"negative"}]}
            """);
        var run = RunDocument.Open(dir);
        Assert.Equal(ConditionVerdict.Pass, ConditionEvaluator.Evaluate(Parse("checks.alarmName.* == pass"), run).Verdict);
        var level = ConditionEvaluator.Evaluate(Parse("checks.alarmLevel.* == pass"), run);
        Assert.Equal(ConditionVerdict.Fail, level.Verdict);
        Assert.Contains("alarmLevel.enum", level.Note, StringComparison.Ordinal);
        Assert.Equal(ConditionVerdict.Fail, ConditionEvaluator.Evaluate(Parse("checks.nothing.* == pass"), run).Verdict);
        Assert.False(GateEvaluator.Evaluate(run, []).Passed);
    }

    [Fact]
    public void Evaluate_PartialRun_FailsTheGateEvenWhenThresholdsHold()
    {
        var dir = SyntheticRun.Write(_temp.Path, SyntheticRun.Ramp(100), partial: true);
        var gate = GateEvaluator.Evaluate(RunDocument.Open(dir), [Parse("p99 < 1s")]);
        Assert.False(gate.Passed);
        Assert.Contains(gate.Problems, p => p.Contains("partial", StringComparison.Ordinal));
    }

    [Fact]
    public void TryParse_Unexpected_IsTheScenarioMetricItself()
    {
        var condition = Parse("unexpected<=2");
        Assert.Equal(Harness.Load.Thresholds.ThresholdMetricKind.Unexpected, condition.Expression!.Metric.Kind);
        Assert.Equal("unexpected <= 2", condition.Canonical);
        var outcome = ConditionEvaluator.Evaluate(condition, RunDocument.Open(SyntheticRun.Write(_temp.Path, SyntheticRun.Ramp(100), unexpected: 3)));
        Assert.Equal(ConditionVerdict.Fail, outcome.Verdict);
        Assert.Equal("3", outcome.Observed);
        Assert.Equal(3, outcome.Value);
    }

    [Fact]
    public void Evaluate_RunAbortedByThreshold_FailsTheGateAndSaysWhy()
    {
        var abort = new Harness.Load.Records.ThresholdAbort("p99 < 5ms", 51.2, "51.2 ms", 2.004, 1);
        var dir = SyntheticRun.Write(_temp.Path, SyntheticRun.Ramp(100), abortedBy: abort);
        var run = RunDocument.Open(dir);

        var gate = GateEvaluator.Evaluate(run, [Parse("max < 1m")]);

        Assert.Equal(abort, run.Load!.AbortedBy);
        Assert.False(gate.Passed);
        Assert.Contains(gate.Problems, p => p.Contains("aborted by its abortOnFail threshold 'p99 < 5ms' after 2.004 s (measured 51.2 ms)", StringComparison.Ordinal));
        Assert.StartsWith("ABORTED", Harness.Reports.Gate.LoadVerdict.Of(gate).Label, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_MissingOrBrokenRunJson_ThrowsUnreadable()
    {
        Assert.Throws<RunUnreadableException>(() => RunDocument.Open(Path.Combine(_temp.Path, "none")));
        File.WriteAllText(Path.Combine(_temp.Path, "run.json"), "{ not json");
        Assert.Throws<RunUnreadableException>(() => RunDocument.Open(_temp.Path));
    }
}
