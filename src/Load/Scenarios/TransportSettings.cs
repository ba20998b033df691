namespace Harness.Load.Scenarios;

/// <summary>How requests travel: connection count, timeout, in-flight cap, HTTP version.</summary>
public sealed record TransportSettings
{
    /// <summary>Number of connections opened and kept alive for the whole run.</summary>
    public int Connections { get; init; } = 8;

    /// <summary>A request not answered within this time counts as a timeout.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Cap on requests started but not finished. In open phases, a start that would exceed it is
    /// delayed or dropped and counted as such, never silently skipped.
    /// </summary>
    public int MaxInFlight { get; init; } = 1000;

    /// <summary>HTTP version.</summary>
    public HttpVersionChoice HttpVersion { get; init; } = HttpVersionChoice.Http11;
}
