namespace Harness.Load.Phases;

/// <summary>How an open phase spaces its intended send times.</summary>
public enum ArrivalProcess
{
    /// <summary>Evenly spaced: 1/rate apart.</summary>
    Even,

    /// <summary>Poisson arrivals: exponential gaps with mean 1/rate, seeded from the payload seed.</summary>
    Poisson,
}
