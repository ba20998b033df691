using Harness.Contract.Envelopes;
using Harness.Load.Payloads;
using Harness.Load.Transport;

namespace Harness.Load.Measurement;

/// <summary>Classifies a transport's response against what its payload expected.</summary>
internal static class ResponseChecker
{
    private static readonly string SuccessCode = ResponseCodes.For(ResponseKind.Success).ErrorCode;

    public static OutcomeKind Classify(in TransportResponse response, PreparedRequest request)
    {
        switch (response.Failure)
        {
            case TransportFailure.Timeout: return OutcomeKind.Timeout;
            case TransportFailure.Connection: return OutcomeKind.ConnectionError;
            case TransportFailure.Cancelled: return OutcomeKind.Cancelled;
            case TransportFailure.None: break;
            default: break;
        }

        if (response.Status != request.ExpectedStatus || !CodeMatches(response.ErrorCode, request.ExpectedErrorCode))
        {
            return OutcomeKind.UnexpectedAnswer;
        }

        return response.Status == 200 ? OutcomeKind.Accepted : OutcomeKind.ExpectedRejection;
    }

    // The spec's table also names "0" as a success code (DECISIONS row 13), so both pass for a 200.
    private static bool CodeMatches(string? actual, string expected) =>
        string.Equals(actual, expected, StringComparison.Ordinal)
        || (expected == SuccessCode && actual == ResponseCodes.AlternativeSuccessCode);
}
