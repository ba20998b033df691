using Harness.Load.Measurement;

namespace Harness.Load.Output;

/// <summary>How outcome kinds are spelled in files and on screen.</summary>
public static class OutcomeNames
{
    public static string Json(OutcomeKind kind) => kind switch
    {
        OutcomeKind.Accepted => "accepted",
        OutcomeKind.ExpectedRejection => "expectedRejection",
        OutcomeKind.UnexpectedAnswer => "unexpectedAnswer",
        OutcomeKind.Timeout => "timeout",
        OutcomeKind.ConnectionError => "connectionError",
        OutcomeKind.Cancelled => "cancelled",
        _ => kind.ToString(),
    };

    public static string Text(OutcomeKind kind) => kind switch
    {
        OutcomeKind.Accepted => "accepted",
        OutcomeKind.ExpectedRejection => "expected rejection",
        OutcomeKind.UnexpectedAnswer => "unexpected answer",
        OutcomeKind.Timeout => "timeout",
        OutcomeKind.ConnectionError => "connection error",
        OutcomeKind.Cancelled => "cancelled",
        _ => kind.ToString(),
    };
}
