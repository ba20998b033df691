namespace Harness.Load.Scenarios;

/// <summary>The JSON <c>type</c> names of the phases.</summary>
public static class PhaseTypes
{
    public const string WarmUp = "warmup";
    public const string ConstantRate = "constant-rate";
    public const string RampingRate = "ramping-rate";
    public const string Spike = "spike";
    public const string ConstantConcurrency = "constant-concurrency";
    public const string RampingConcurrency = "ramping-concurrency";
    public const string Iterations = "iterations";

    /// <summary>Every type name, in the order the documentation lists them.</summary>
    public static IReadOnlyList<string> All { get; } =
        [WarmUp, ConstantRate, RampingRate, Spike, ConstantConcurrency, RampingConcurrency, Iterations];
}
