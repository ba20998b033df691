namespace Harness.Generators.Pools;

/// <summary>One pre-serialized payload and the answer it should get.</summary>
/// <param name="Body">The UTF-8 body (shared, never copied).</param>
/// <param name="ContentType">The Content-Type header to send.</param>
/// <param name="ExpectedStatus">The HTTP status the pool's profile expects.</param>
/// <param name="ExpectedErrorCode">The envelope <c>error_code</c> expected.</param>
/// <param name="Index">The payload's index in the pool: with the pool's seed, it traces the payload.</param>
/// <param name="CaseId">The broken case's id, or null for a valid payload.</param>
public readonly record struct PooledPayload(
    ReadOnlyMemory<byte> Body,
    string ContentType,
    int ExpectedStatus,
    string ExpectedErrorCode,
    int Index,
    string? CaseId);
