using Harness.Fakes;

namespace Harness.Embedded;

/// <summary>What a load run composes around the engine: the embedded fake's options, notices, reconciliation.</summary>
public sealed record EmbeddedRunOptions
{
    /// <summary>The embedded fake's options (tests use them for stalls or latency); keys, profile and token are filled in.</summary>
    public FakeReceiverOptions? Fake { get; init; }

    /// <summary>Told about things the user should know (the embedded fake's address).</summary>
    public Action<string>? Log { get; init; }

    /// <summary>Compare the accepted count with the target's <c>/_fake/stats</c> when it has one.</summary>
    public bool Reconcile { get; init; } = true;
}
