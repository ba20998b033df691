namespace Harness.Load.Scenarios;

/// <summary>
/// Shares (0..1, summing to at most 1) of the valid payloads that belong to alarm streams
/// rather than independent one-off alarms. The remainder are independent alarms.
/// </summary>
public sealed record StreamMix
{
    /// <summary>Alarms raised then recovered (<c>alarmStatus: ok</c>) later in the pool.</summary>
    public double RaiseRecover { get; init; }

    /// <summary>Bursts of many alarms from one source in a short time.</summary>
    public double Storms { get; init; }

    /// <summary>Alarms that flip between alarm and ok repeatedly.</summary>
    public double Flapping { get; init; }

    /// <summary>Alarms in one storm burst.</summary>
    public int StormSize { get; init; } = 50;

    /// <summary>Alarm/ok flips per flapping alarm.</summary>
    public int FlapCycles { get; init; } = 5;
}
