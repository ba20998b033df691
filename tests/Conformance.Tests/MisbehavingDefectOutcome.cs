using System.Text;
using Harness.Contract.Text;
using Harness.Fakes.Misbehaving;

namespace Harness.Conformance.Tests;

/// <summary>How one suite run against one defect's target compares with the defect's catalogue entry.</summary>
internal sealed record MisbehavingDefectOutcome(
    DefectInfo Info,
    IReadOnlyList<CheckResult> MustFail,
    IReadOnlyList<CheckResult> Missed,
    IReadOnlyList<CheckResult> Extra,
    IReadOnlyList<string> UnmatchedGlobs,
    int WithExpectedVerdict,
    bool RunPassed)
{
    /// <summary>Detected: the run failed, every check the defect touches failed, at least one for the expected reason.</summary>
    public bool Detected => !RunPassed && MustFail.Count > 0 && Missed.Count == 0 && WithExpectedVerdict > 0;

    public static MisbehavingDefectOutcome Of(DefectInfo info, ConformanceRun run)
    {
        var expected = Enum.Parse<Verdict>(info.ExpectedFailure.ToString());
        // Checks of unpinned points never fail: any answer conforms there, whatever the defect.
        var mustFail = run.Checks.Where(c => c.Basis != CheckBasis.NotPinned && info.MustFailCheck(c.Id, c.ExpectedStatus)).ToList();
        var unmatched = info.MustFail.Where(glob => !run.Checks.Any(c => IdGlob.Matches(glob, c.Id, ignoreCase: false))).ToList();
        return new MisbehavingDefectOutcome(
            info,
            mustFail,
            mustFail.Where(c => c.Passed).ToList(),
            run.Failures.Where(c => !info.MustFailCheck(c.Id, c.ExpectedStatus)).ToList(),
            unmatched,
            mustFail.Count(c => c.Verdict == expected),
            run.Passed);
    }

    public string Describe()
    {
        var text = new StringBuilder()
            .AppendLine($"{Info.Id}: {Info.Description}")
            .AppendLine($"  must fail {MustFail.Count}, missed {Missed.Count}, with verdict {Info.ExpectedFailure} {WithExpectedVerdict}, extra failures {Extra.Count}");
        foreach (var check in Missed)
        {
            text.AppendLine($"  MISSED {check.Id}");
        }

        foreach (var check in MustFail.Where(c => !c.Passed && c.Verdict.ToString() != Info.ExpectedFailure.ToString()))
        {
            text.AppendLine($"  other verdict {check.Id}: {check.Verdict} {check.Reason}");
        }

        foreach (var check in Extra)
        {
            text.AppendLine($"  extra {check.Id}: {check.Verdict} {check.Reason}");
        }

        return text.ToString();
    }
}
