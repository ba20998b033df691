namespace Harness.Load.Phases;

/// <summary>How a phase produces load (k6 calls these executors, NBomber load simulations).</summary>
public enum PhaseKind
{
    /// <summary>Open model: requests start at computed arrival times whatever the target does.</summary>
    Open,

    /// <summary>Closed model: a number of virtual users, each sending its next request when the last one ends.</summary>
    Closed,

    /// <summary>A fixed number of requests shared by the virtual users, as fast as they go.</summary>
    Iterations,
}
