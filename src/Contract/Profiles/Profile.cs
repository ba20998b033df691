namespace Harness.Contract;

/// <summary>
/// How a receiver reads what the spec leaves open (DECISIONS.md). Applies to the fake's behaviour
/// and to the conformance suite's expectations alike.
/// </summary>
public enum Profile
{
    /// <summary>The default: exact types, case-sensitive enums, <c>application/json</c> required.</summary>
    Strict,

    /// <summary>What a Java/Spring backend with Jackson defaults does: coerces scalars, ignores case in enums and Content-Type.</summary>
    Lenient,
}
