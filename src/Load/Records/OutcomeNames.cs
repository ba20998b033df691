using Harness.Contract.Text;
using Harness.Load.Measurement;

namespace Harness.Load.Records;

/// <summary>How outcome kinds are spelled in files and on screen.</summary>
internal static class OutcomeNames
{
    /// <summary>The camelCase name run.json and the metrics use.</summary>
    public static string Json(OutcomeKind kind) => CamelEnumConverter<OutcomeKind>.Name(kind);

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
