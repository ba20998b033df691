using System.Text;
using Harness.Fakes.Misbehaving;
using Xunit.Abstractions;

namespace Harness.Conformance.Tests;

/// <summary>
/// Proves the suite can fail: against each misbehaving target it must not pass, and must fail every
/// check the defect's catalogue entry names, for the right reason. Failures outside that set are
/// printed for a human to examine, not asserted.
/// </summary>
[Collection(MisbehavingSuiteCollection.Name)]
public sealed class MisbehavingSuiteTests(MisbehavingSuiteFixture fixture, ITestOutputHelper output)
{
    /// <summary>
    /// Defects the suite cannot see yet because it has no check of that kind. Each is asserted to be
    /// still unseen, so adding the check turns this red until the defect is taken off the list.
    /// Empty: the suite sees every planted defect.
    /// </summary>
    private static readonly Defect[] KnownSuiteGaps = [];

    public static TheoryData<Defect> AllDefects() => [.. Enum.GetValues<Defect>()];

    [Fact]
    public void RunAsync_Control_PassesEveryCheck()
    {
        var failures = fixture.Control.Failures.Select(f => $"{f.Id}: {f.Verdict} {f.Reason}").ToList();

        Assert.True(fixture.Control.Passed, "the control target (no defect) failed:\n" + string.Join("\n", failures));
    }

    [Fact]
    public void RunAsync_LenientControl_PassesEveryCheck()
    {
        var failures = fixture.LenientControl.Failures.Select(f => $"{f.Id}: {f.Verdict} {f.Reason}").ToList();

        Assert.True(fixture.LenientControl.Passed, "the lenient control target failed under the lenient profile:\n" + string.Join("\n", failures));
    }

    [Theory]
    [MemberData(nameof(AllDefects))]
    public void RunAsync_MisbehavingTarget_FailsEveryCheckTheDefectTouches(Defect defect)
    {
        var info = Defects.For(defect);
        var run = fixture.RunFor(defect);
        var outcome = MisbehavingDefectOutcome.Of(info, run);
        output.WriteLine(outcome.Describe());
        if (KnownSuiteGaps.Contains(defect))
        {
            Assert.True(outcome.MustFail.Count == 0,
                $"{info.Id}: the suite now has checks for this defect; take it off {nameof(KnownSuiteGaps)}");
            return;
        }

        Assert.False(run.Passed, $"{info.Id}: the suite passed a target with this defect");
        Assert.True(outcome.UnmatchedGlobs.Count == 0,
            $"{info.Id}: globs matching no check (catalogue drift?): {string.Join(", ", outcome.UnmatchedGlobs)}");
        Assert.True(outcome.Missed.Count == 0,
            $"{info.Id}: checks that should fail but passed: {string.Join(", ", outcome.Missed.Select(c => c.Id))}");
        Assert.True(outcome.WithExpectedVerdict > 0,
            $"{info.Id}: no failing check has the verdict {info.ExpectedFailure}; got {string.Join(", ", outcome.MustFail.Select(c => c.Verdict).Distinct())}");
    }

    [Fact]
    public void RunAsync_AllTargets_DetectsEveryPlantedDefect()
    {
        var outcomes = Defects.All.Select(info => MisbehavingDefectOutcome.Of(info, fixture.RunFor(info.Defect))).ToList();
        var detected = outcomes.Count(o => o.Detected);
        var matrix = new StringBuilder()
            .AppendLine($"Defects detected / planted: {detected} / {outcomes.Count}")
            .AppendLine("| defect | expected | must fail | failed | with expected verdict | extra failures | detected | run s |")
            .AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var o in outcomes)
        {
            matrix.AppendLine($"| {o.Info.Id} | {o.Info.ExpectedFailure} | {o.MustFail.Count} | {o.MustFail.Count - o.Missed.Count} | {o.WithExpectedVerdict} | {o.Extra.Count} | {(o.Detected ? "yes" : "NO")} | {fixture.RunFor(o.Info.Defect).Duration.TotalSeconds:F1} |");
        }

        output.WriteLine(matrix.ToString());

        var undetected = outcomes.Where(o => !o.Detected).Select(o => o.Info.Defect).ToList();
        Assert.Equal(KnownSuiteGaps.Order(), undetected.Order());
    }

    [Fact]
    public void FailureClass_EveryName_IsAVerdictOfTheSuite()
    {
        foreach (var name in Enum.GetNames<FailureClass>())
        {
            Assert.True(Enum.TryParse<Verdict>(name, out _), $"Verdict has no '{name}'");
        }
    }
}
