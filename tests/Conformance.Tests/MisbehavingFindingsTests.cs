using Harness.Contract;
using Harness.Fakes.Misbehaving;

namespace Harness.Conformance.Tests;

/// <summary>
/// The suite's observations, read off targets whose behaviour is known: the findings must name
/// what the target really does, and the suggested profile must be the target's.
/// </summary>
[Collection(MisbehavingSuiteCollection.Name)]
public sealed class MisbehavingFindingsTests(MisbehavingSuiteFixture fixture)
{
    [Theory]
    [InlineData(Defect.CountsUtf8Bytes, "UTF-8 bytes")]
    [InlineData(Defect.CountsCodePoints, "code points")]
    public void Findings_LengthCountingDefect_NamesTheUnitCounted(Defect defect, string unit)
    {
        var finding = Assert.Single(fixture.RunFor(defect).Findings, f => f.Id == "length-counting");

        Assert.Contains(unit, finding.Observed, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_Control_CountsUtf16Units()
    {
        var finding = Assert.Single(fixture.Control.Findings, f => f.Id == "length-counting");

        Assert.Contains("UTF-16 code units", finding.Observed, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_WrongSuccessCode_SaysNeitherAcceptedCode()
    {
        var finding = Assert.Single(fixture.RunFor(Defect.WrongSuccessCode).Findings, f => f.Id == "success-code");

        Assert.Contains("SUCCESS", finding.Observed, StringComparison.Ordinal);
        Assert.Contains("neither", finding.Observed, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_CaseInsensitiveEnums_MatchTheLenientProfile()
    {
        var finding = Assert.Single(fixture.RunFor(Defect.CaseInsensitiveEnumsInStrict).Findings, f => f.Id == "enum-case");

        Assert.Equal(Profile.Lenient, finding.Matches);
    }

    [Fact]
    public void RunAsync_StrictSuiteOnLenientTarget_FailsAndSuggestsLenient()
    {
        var run = fixture.StrictSuiteOnLenientTarget;

        // Accepted where strict rejects; or both reject, and the message names only what lenient objects to.
        Assert.False(run.Passed);
        Assert.All(run.Failures, f => Assert.Contains(f.Verdict, new[] { Verdict.RuleNotEnforced, Verdict.WrongEnvelope }));
        Assert.Contains(run.Failures, f => f.Verdict == Verdict.RuleNotEnforced);
        Assert.Equal(Profile.Lenient, run.SuggestedProfile);
    }

    [Fact]
    public void RunAsync_LenientSuiteOnStrictTarget_FailsAndSuggestsStrict()
    {
        var run = fixture.LenientSuiteOnStrictTarget;

        Assert.False(run.Passed);
        Assert.All(run.Failures, f => Assert.Contains(f.Verdict, new[] { Verdict.ValidInputRejected, Verdict.WrongEnvelope }));
        Assert.Contains(run.Failures, f => f.Verdict == Verdict.ValidInputRejected);
        Assert.Equal(Profile.Strict, run.SuggestedProfile);
    }
}
