namespace Harness.Fakes.Misbehaving;

/// <summary>
/// How a good conformance suite must classify the failures a defect causes (the five
/// verdicts): a defect is only proven detected when the suite fails its checks for this reason.
/// </summary>
public enum FailureClass
{
    /// <summary>The target accepted (200) what the contract says must be rejected.</summary>
    RuleNotEnforced,

    /// <summary>The target rejected a body or key the contract says is valid.</summary>
    ValidInputRejected,

    /// <summary>The target rejected what it should, but with the wrong HTTP status.</summary>
    WrongStatus,

    /// <summary>The status is right, the envelope (Content-Type, codes, message, data, provider) is not.</summary>
    WrongEnvelope,

    /// <summary>Timeouts, resets and 5xx answers.</summary>
    TargetError,
}
