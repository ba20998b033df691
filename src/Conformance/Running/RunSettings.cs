using Harness.Contract;

namespace Harness.Conformance.Running;

/// <summary>The inputs of a run as reports record them (no secrets).</summary>
internal sealed record RunSettings(
    string Target,
    bool Embedded,
    ReceiverProfile? Profile,
    int Seed,
    int Fuzz,
    int Concurrency,
    double? Rps,
    TimeSpan Timeout,
    DateTimeOffset StartedUtc,
    bool TokenConfigured,
    IReadOnlyList<string> Only,
    IReadOnlyList<string> Skip);
