namespace Harness.Reports.Gate;

/// <summary>
/// The gate's answer, in one of three forms: the request was wrong (<see cref="Problems"/>, each
/// naming its option), a run folder could not be read (<see cref="Unreadable"/>), or the run was
/// judged (<see cref="Report"/>, and what became of <c>--save-baseline</c>).
/// </summary>
internal sealed record GateDecision
{
    public IReadOnlyList<string> Problems { get; init; } = [];

    public string? Unreadable { get; init; }

    public GateReport? Report { get; init; }

    /// <summary>"Baseline saved to …" or why it was not; null when no baseline was asked for.</summary>
    public string? BaselineNote { get; init; }
}
