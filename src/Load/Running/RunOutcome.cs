namespace Harness.Load.Running;

/// <summary>How a finished load run ends (<see cref="RunVerdict"/>); the CLI maps each to its exit code.</summary>
internal enum RunOutcome
{
    Passed,

    /// <summary>Ctrl+C: the results are partial.</summary>
    Interrupted,

    /// <summary>Requests are unaccounted for: the run could not complete as measured.</summary>
    Unaccounted,

    /// <summary>The target stopped answering during the run.</summary>
    TargetStoppedAnswering,

    /// <summary>The target answered, but not as the API (a gateway's pages, mostly errors).</summary>
    TargetFailed,

    /// <summary>An abortOnFail threshold stopped the run early.</summary>
    Aborted,

    /// <summary>One or more of the scenario's thresholds failed.</summary>
    ThresholdsFailed,

    /// <summary>The load generator was the bottleneck (self-check): the numbers understate the target.</summary>
    Understated,

    /// <summary>A measured open phase fell below its target rate, or most requests failed, and no threshold judges it (<see cref="Records.DefaultBounds"/>).</summary>
    DefaultBoundFailed,
}
