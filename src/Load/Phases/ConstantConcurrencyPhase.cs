using System.Text.Json.Serialization;

namespace Harness.Load.Phases;

/// <summary>Closed model with a fixed number of users (k6 constant-vus, NBomber KeepConstant).</summary>
public sealed record ConstantConcurrencyPhase : ClosedPhase
{
    /// <summary>Concurrent users, each with one request in flight at a time.</summary>
    public required int Users { get; init; }

    [JsonIgnore]
    public override int MaxUsers => Users;

    public override int UsersAt(TimeSpan offset) => Users;

    internal override void ValidateUsers(ProblemList problems, string path) =>
        problems.Range(path + ".users", Users, 1, ScenarioLimits.MaxUsers);
}
