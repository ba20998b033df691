namespace Harness.Fakes.Faults;

/// <summary>The shapes a response-latency fault can take.</summary>
public enum LatencyKind
{
    /// <summary>Always the same delay: <c>fixed:5ms</c>.</summary>
    Fixed,

    /// <summary>Evenly spread between two bounds: <c>uniform:1ms..20ms</c>.</summary>
    Uniform,

    /// <summary>Exponential with a mean: <c>exp:10ms</c> (many short, a few long).</summary>
    Exponential,

    /// <summary>Bell curve, clipped at zero: <c>normal:mean=10ms,sd=2ms</c>.</summary>
    Normal,

    /// <summary>Log-normal fixed by its median and 99th percentile: <c>lognormal:median=5ms,p99=50ms</c> (a realistic service).</summary>
    LogNormal,
}
