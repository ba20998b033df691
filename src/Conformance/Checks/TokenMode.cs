namespace Harness.Conformance.Checks;

/// <summary>What a request does with the configured <c>X-Auth-Token</c>.</summary>
internal enum TokenMode
{
    /// <summary>Sends the configured token, if there is one.</summary>
    Configured,

    /// <summary>Leaves the header out.</summary>
    Omitted,

    /// <summary>Sends a token that is not the configured one.</summary>
    Wrong,
}
