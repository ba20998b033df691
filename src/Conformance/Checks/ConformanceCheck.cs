namespace Harness.Conformance.Checks;

/// <summary>
/// One check: what it proves, the request(s) it sends in order, and what every answer must be
/// under each profile. Several steps make a sequence (raise then recover); each must pass.
/// </summary>
internal sealed record ConformanceCheck(
    string Id,
    string Title,
    CheckGroup Group,
    string Rule,
    string SpecRow,
    string? Field,
    IReadOnlyList<CheckRequest> Steps,
    Expectation Strict,
    Expectation Lenient)
{
    public Expectation For(Harness.Contract.Profile profile) =>
        profile == Harness.Contract.Profile.Strict ? Strict : Lenient;

    /// <summary>What the rule rests on; set from the rule by <see cref="BasisRules"/>.</summary>
    public CheckBasis Basis { get; init; } = CheckBasis.Contract;

    /// <summary>The anchor of the rule in docs/contract.md, e.g. <c>row-9</c>.</summary>
    public string Anchor { get; init; } = "";

    /// <summary>What the open point leaves free in the answer besides its status; set with the basis by <see cref="BasisRules"/>.</summary>
    public AnswerLatitude Latitude { get; init; }

    /// <summary>
    /// True when the two profiles expect different answers (status, or the fields a 400 must name):
    /// the check then tells them apart.
    /// </summary>
    public bool SeparatesProfiles => Strict.Status != Lenient.Status || !Strict.NamedSubjects.SetEquals(Lenient.NamedSubjects);
}
