namespace Harness.Conformance;

/// <summary>What a check's rule rests on (docs/contract.md, "Pinned, open, and not pinned").</summary>
public enum CheckBasis
{
    /// <summary>Pinned by the published spec or a pinned decision: breaking it violates the contract under every profile.</summary>
    Contract,

    /// <summary>An open point each profile reads its own way: a different answer deviates from the profile, never from the contract.</summary>
    OpenPoint,

    /// <summary>Not pinned at all: any answer conforms; what the target did is reported as a finding.</summary>
    NotPinned,
}
