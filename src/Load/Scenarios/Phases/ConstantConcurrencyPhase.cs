namespace Harness.Load.Scenarios;

/// <summary>Closed model with a fixed number of users (k6 constant-vus, NBomber KeepConstant).</summary>
public sealed record ConstantConcurrencyPhase : ClosedPhase
{
    /// <inheritdoc />
    public override string Type => PhaseTypes.ConstantConcurrency;

    /// <summary>Concurrent users, each with one request in flight at a time.</summary>
    public required int Users { get; init; }

    /// <inheritdoc />
    public override int UsersAt(TimeSpan offset) => Users;
}
