namespace Harness.Conformance.Checks;

/// <summary>
/// One check: what it proves, the request(s) it sends in order, and what every answer must be
/// under each profile. Several steps make a sequence (raise then recover); each must pass.
/// </summary>
internal sealed record ConformanceCheck(
    string Id,
    string Title,
    string Group,
    string Rule,
    string SpecRow,
    string? Field,
    IReadOnlyList<CheckRequest> Steps,
    Expectation Strict,
    Expectation Lenient)
{
    public Expectation For(Harness.Contract.Profile profile) =>
        profile == Harness.Contract.Profile.Strict ? Strict : Lenient;

    /// <summary>True when the two profiles expect different statuses: the check then tells them apart.</summary>
    public bool SeparatesProfiles => Strict.Status != Lenient.Status;
}
