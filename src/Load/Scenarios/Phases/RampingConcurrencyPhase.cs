namespace Harness.Load.Scenarios;

/// <summary>
/// Closed model whose user count moves linearly from <see cref="From"/> to <see cref="To"/>
/// (k6 ramping-vus stage, NBomber RampingConstant).
/// </summary>
public sealed record RampingConcurrencyPhase : ClosedPhase
{
    /// <inheritdoc />
    public override string Type => PhaseTypes.RampingConcurrency;

    /// <summary>Users at the start (may be 0).</summary>
    public required int From { get; init; }

    /// <summary>Users at the end.</summary>
    public required int To { get; init; }

    /// <inheritdoc />
    public override int UsersAt(TimeSpan offset)
    {
        if (Duration <= TimeSpan.Zero)
        {
            return To;
        }
        var progress = Math.Clamp(offset / Duration, 0, 1);
        return (int)Math.Round(From + ((To - From) * progress), MidpointRounding.AwayFromZero);
    }
}
