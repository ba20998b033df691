using Harness.Contract.Text;

namespace Harness.Fakes.Misbehaving;

/// <summary>One defect of the catalogue: what it breaks and what a good suite must report.</summary>
/// <param name="Defect">The defect.</param>
/// <param name="Id">A stable kebab-case name, e.g. <c>accepts-256-character-names</c>.</param>
/// <param name="Description">What the target does wrong.</param>
/// <param name="ExpectedFailure">The verdict the suite must give the failing checks.</param>
/// <param name="MustFail">
/// Check ids or globs (<c>*</c> any run of characters, <c>?</c> one) of the checks the suite must
/// fail against this target; every check a glob matches must fail, and each glob must match one.
/// </param>
/// <param name="WhenExpecting">
/// When not empty, only checks whose expected HTTP status is in this list belong to the set
/// (an envelope defect of 400 answers touches only the checks expecting 400).
/// </param>
/// <param name="Except">Globs of checks the set leaves out although <paramref name="MustFail"/> matches them.</param>
public sealed record DefectInfo(
    Defect Defect,
    string Id,
    string Description,
    FailureClass ExpectedFailure,
    IReadOnlyList<string> MustFail,
    IReadOnlyList<int>? WhenExpecting = null,
    IReadOnlyList<string>? Except = null)
{
    /// <summary>True when the check id is one this defect must make fail.</summary>
    public bool MustFailCheck(string checkId, int expectedStatus) =>
        (WhenExpecting is not { Count: > 0 } || WhenExpecting.Contains(expectedStatus))
        && MustFail.Any(glob => IdGlob.Matches(glob, checkId, ignoreCase: false))
        && !(Except ?? []).Any(glob => IdGlob.Matches(glob, checkId, ignoreCase: false));
}
