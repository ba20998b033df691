namespace Harness.Load.Measurement;

/// <summary>What became of one request that was sent.</summary>
public enum OutcomeKind
{
    /// <summary>200 with the success envelope, as the payload expected.</summary>
    Accepted,

    /// <summary>A rejection with exactly the status and error_code the (broken) payload expected.</summary>
    ExpectedRejection,

    /// <summary>An answer, but not the one expected (wrong status or wrong error_code).</summary>
    UnexpectedAnswer,

    /// <summary>No complete answer within the request timeout.</summary>
    Timeout,

    /// <summary>The connection could not be opened, or broke before the answer was complete.</summary>
    ConnectionError,

    /// <summary>The run was stopped (Ctrl+C) while the request was in flight.</summary>
    Cancelled,
}
