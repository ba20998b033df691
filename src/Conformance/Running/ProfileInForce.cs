using Harness.Conformance.Checks;
using Harness.Contract;
using Harness.Contract.Validation;

namespace Harness.Conformance.Running;

/// <summary>
/// The profile a run holds the target to. With none chosen, the contract alone decides the verdict:
/// answers are compared with the strict reading for reference, and a different reading of an open
/// point is listed as a deviation without failing the run.
/// </summary>
internal sealed class ProfileInForce
{
    private readonly AlarmValidator _validator;

    public ProfileInForce(ReceiverProfile? chosen)
    {
        Chosen = chosen;
        Reference = chosen ?? ReceiverProfile.Strict;
        _validator = new AlarmValidator(Reference);
    }

    /// <summary>The profile given (<c>--profile</c>), or null for the contract alone.</summary>
    public ReceiverProfile? Chosen { get; }

    /// <summary>The reading answers are compared with: the chosen profile, or strict for reference.</summary>
    public ReceiverProfile Reference { get; }

    /// <summary>True when a deviation from <see cref="Reference"/> fails the run.</summary>
    public bool Enforced => Chosen is not null;

    public Expectation ExpectFor(ConformanceCheck check) => ProfileExpectations.For(check, Reference, _validator);
}
