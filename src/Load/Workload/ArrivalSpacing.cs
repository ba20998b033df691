namespace Harness.Load.Workload;

/// <summary>How the arrivals of an open phase are spread over time.</summary>
public enum ArrivalSpacing
{
    /// <summary>Evenly spaced: exactly the rate, request after request.</summary>
    Even,

    /// <summary>A Poisson process: exponential gaps with the rate as mean, seeded.</summary>
    Poisson,
}
