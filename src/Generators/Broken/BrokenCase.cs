using Harness.Contract;

namespace Harness.Generators.Broken;

/// <summary>
/// One named way to break (or stress) the contract, with the answer expected under each profile.
/// Some cases are accepted under a profile (a wrong-case enum under <c>lenient</c>): their
/// expectation for that profile is 200 <c>COC.00000000</c>.
/// </summary>
/// <param name="Id">A stable dotted name, e.g. <c>alarmName.too-long.multibyte</c>.</param>
/// <param name="Title">What the case sends, in words.</param>
/// <param name="Field">The field the case is about; null for body- and key-level cases.</param>
/// <param name="Rule">The kind of breakage (one of <see cref="CaseRules"/>).</param>
/// <param name="Request">What to send.</param>
/// <param name="Strict">The expected answer under <see cref="Profile.Strict"/>.</param>
/// <param name="Lenient">The expected answer under <see cref="Profile.Lenient"/>.</param>
public sealed record BrokenCase(
    string Id,
    string Title,
    string? Field,
    string Rule,
    BrokenRequest Request,
    CaseExpectation Strict,
    CaseExpectation Lenient)
{
    /// <summary>The expected answer under a profile.</summary>
    public CaseExpectation For(Profile profile) => profile == Profile.Lenient ? Lenient : Strict;

    /// <summary>
    /// True when the body alone decides the answer: the valid key, no extra headers, and not over
    /// the size limit. These are the cases a payload pool may carry.
    /// </summary>
    public bool IsBodyLevel =>
        Request.Key == KeyVariant.Valid && Request.ExtraHeaders.Count == 0 && Rule != CaseRules.Oversized;
}
