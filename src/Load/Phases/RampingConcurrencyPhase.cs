using System.Text.Json.Serialization;

namespace Harness.Load.Phases;

/// <summary>
/// Closed model whose user count moves linearly from <see cref="From"/> to <see cref="To"/>
/// (k6 ramping-vus stage, NBomber RampingConstant).
/// </summary>
public sealed record RampingConcurrencyPhase : ClosedPhase
{
    /// <summary>Users at the start (may be 0).</summary>
    public required int From { get; init; }

    /// <summary>Users at the end.</summary>
    public required int To { get; init; }

    [JsonIgnore]
    public override int MaxUsers => Math.Max(From, To);

    public override int UsersAt(TimeSpan offset)
    {
        if (Duration <= TimeSpan.Zero || offset >= Duration)
        {
            return To;
        }

        var progress = Math.Clamp(offset / Duration, 0, 1);
        return (int)Math.Round(From + ((To - From) * progress), MidpointRounding.AwayFromZero);
    }

    internal override void ValidateUsers(ProblemList problems, string path)
    {
        problems.Range(path + ".from", From, 0, ScenarioLimits.MaxUsers);
        problems.Range(path + ".to", To, 0, ScenarioLimits.MaxUsers);
        if (From == 0 && To == 0)
        {
            problems.Add(path, "'from' and 'to' are both 0: nothing would be sent");
        }
    }
}
