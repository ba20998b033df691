namespace Harness.Contract.Targets;

/// <summary>What the pre-flight found: the facts of the connection, and why the run cannot go on (null when it can).</summary>
public sealed record PreflightOutcome(ConnectionFacts Facts, string? Problem)
{
    public bool Passed => Problem is null;
}
