namespace Harness.Conformance;

/// <summary>What a check's answer means for the verdict, given the check's <see cref="CheckBasis"/>.</summary>
public enum Standing
{
    /// <summary>The answer is the one expected (under the profile in force, or the strict reference reading).</summary>
    Conforms,

    /// <summary>The answer breaks a pinned rule: a failure under every profile.</summary>
    Violation,

    /// <summary>The answer reads an open point differently from the profile: a failure only when a profile is enforced.</summary>
    Deviation,

    /// <summary>The answer differs on a point nothing pins: reported, never a failure.</summary>
    Finding,

    /// <summary>Left out by <c>--only</c>/<c>--skip</c> or an interrupted run.</summary>
    Skipped,
}
