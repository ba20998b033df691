namespace Harness.Conformance;

/// <summary>What one check concluded about the target.</summary>
public enum Verdict
{
    /// <summary>The whole envelope matched the expected outcome.</summary>
    Pass,

    /// <summary>The target accepted (2xx) what the contract says must be rejected.</summary>
    RuleNotEnforced,

    /// <summary>The target rejected (4xx) what the contract says must be accepted.</summary>
    ValidInputRejected,

    /// <summary>A rejection, but with the wrong status (a 400 where a 401 was due, say).</summary>
    WrongStatus,

    /// <summary>The right status, but the envelope (Content-Type, error_code, error_msg, data, provider_code) was wrong.</summary>
    WrongEnvelope,

    /// <summary>The target did not answer properly: timeout, reset, refused connection or a 5xx.</summary>
    TargetError,

    /// <summary>A failing check that answered differently when re-sent once: reported, never retried silently.</summary>
    Flaky,

    /// <summary>Left out by <c>--only</c>/<c>--skip</c>, or not applicable to this run.</summary>
    Skipped,
}
