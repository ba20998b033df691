using Harness.Reports.Gate;
using Harness.Cli.Commands;

namespace Harness.Cli.Tests.Hostile;

/// <summary>Issue 15, item 1: the gate's exit codes for the bypasses that used to pass.</summary>
public sealed class GateRunTests(SeedRuns seeds) : IClassFixture<SeedRuns>
{
    private string FailingConformanceRun()
    {
        var dir = Path.Combine(seeds.Root, "gate-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "run.json"), """
            {"kind":"conformance","settings":{"target":"x"},"summary":{"passed":false,"interrupted":false},
             "checks":[{"id":"alarmName.too-long","verdict":"Pass","group":"negative"},
                       {"id":"alarmLevel.enum","verdict":"RuleNotEnforced","group":"negative"}]}
            """);
        return dir;
    }

    private static (ExitCode Exit, string Output) Gate(string run, params string[] thresholds) => Gate(run, null, false, thresholds);

    private static (ExitCode Exit, string Output) Gate(string run, string? maxRegression, bool noDefault, params string[] thresholds)
    {
        var output = new StringWriter();
        var exit = GateCommand.Execute(new GateRequest(run, maxRegression is null ? null : run, maxRegression, thresholds, false, null, noDefault), output);
        return (exit, output.ToString());
    }

    [Fact]
    public void Execute_FailingConformanceRunWithALoadThreshold_IsAUsageErrorNotAPass()
    {
        var (exit, output) = Gate(FailingConformanceRun(), "p99 < 1s");

        Assert.True(exit == ExitCode.UsageError, output);
        Assert.Contains("is a load metric", output, StringComparison.Ordinal);
        Assert.DoesNotContain("GATE PASSED", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_LoadRunWithAChecksThreshold_IsAUsageError()
    {
        var (exit, output) = Gate(seeds.Load, "checks.* == pass");

        Assert.True(exit == ExitCode.UsageError, output);
        Assert.Contains("judges conformance checks", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_FailingConformanceRunWithANarrowPassingThreshold_StillFails()
    {
        var (exit, output) = Gate(FailingConformanceRun(), "checks.alarmName.* == pass");

        Assert.True(exit == ExitCode.Failed, output);
        Assert.Contains("checks.* == pass", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_DefaultReplacedExplicitly_JudgesByTheGivenThresholdOnly()
    {
        var (exit, output) = Gate(FailingConformanceRun(), null, true, "checks.alarmName.* == pass");

        Assert.True(exit == ExitCode.Passed, output);
    }

    [Fact]
    public void Execute_NoDefaultGateWithoutThresholds_IsAUsageError() =>
        Assert.Equal(ExitCode.UsageError, Gate(FailingConformanceRun(), null, true).Exit);

    [Fact]
    public void Execute_UnknownMetric_IsAUsageError() =>
        Assert.Equal(ExitCode.UsageError, Gate(seeds.Load, "p42x < 1s").Exit);

    [Fact]
    public void Execute_NaNRegressionLimit_IsAUsageError()
    {
        var (exit, output) = Gate(seeds.Load, "p99=NaN%", false);

        Assert.True(exit == ExitCode.UsageError, output);
        Assert.Contains("--max-regression", output, StringComparison.Ordinal);
    }
}
