namespace Harness.Load.Phases;

/// <summary>Bounds the validator enforces, so a typo cannot ask for a week-long run or a million sockets.</summary>
internal static class ScenarioLimits
{
    public const double MaxRate = 1_000_000;
    public const int MaxUsers = 100_000;
    public const int MaxConnections = 10_000;
    public const int MaxInFlight = 1_000_000;
    public const int MaxPoolSize = 1_000_000;
    public const long MaxIterations = 1_000_000_000;
    public static readonly TimeSpan MaxPhaseDuration = TimeSpan.FromHours(24);
    public static readonly TimeSpan MaxRequestTimeout = TimeSpan.FromMinutes(10);
    public const int MaxNameLength = 100;
}
