namespace Harness.Load.Transport;

/// <summary>
/// What a transport reports for one request: a value, never an exception, on the hot path.
/// Timestamps are <see cref="TimeProvider.GetTimestamp"/> values; <see cref="SentAt"/> is when the
/// request's first byte went to a connection (the start of the service time). <see cref="BytesOut"/> and
/// <see cref="BytesIn"/> count request and response bodies only, the same on every transport (HttpClient
/// cannot see heads, TLS records or HTTP/2 frames); a failed request has no answer body.
/// </summary>
internal readonly record struct TransportResponse(
    TransportFailure Failure,
    int Status,
    string? ErrorCode,
    int BytesOut,
    int BytesIn,
    long SentAt,
    long CompletedAt)
{
    public static TransportResponse Failed(TransportFailure failure, int bytesOut, int bytesIn, long sentAt, long completedAt) =>
        new(failure, 0, null, bytesOut, bytesIn, sentAt, completedAt);
}
