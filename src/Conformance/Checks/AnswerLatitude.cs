namespace Harness.Conformance.Checks;

/// <summary>
/// What an open point leaves free in a failing answer besides its status, so that the verdict
/// (<c>StandingRules</c>) need not know the points by their anchors. Set with the basis by
/// <see cref="BasisRules"/>; a contract check has none.
/// </summary>
[Flags]
internal enum AnswerLatitude
{
    /// <summary>The envelope is pinned (contract.md row 13) even where the status is open.</summary>
    None = 0,

    /// <summary>The answer may come from a framework or a gateway in front (routing, the size limit): its envelope is not pinned.</summary>
    AnyEnvelope = 1,

    /// <summary>A framework's own page with the expected status is the receiver's answer, not a sign of a proxy or a wrong base path (routing).</summary>
    FrameworkPage = 2,

    /// <summary>A 400 that refuses the body as a whole, naming no field, is a reading of the point no profile takes (unknown and repeated members).</summary>
    WholeBodyRefusal = 4,
}
