namespace Harness.Load.Payloads;

/// <summary>
/// One request body the engine can send, with the answer it should get. Payload pools from the
/// generators convert to these; a test can also hand-write a few.
/// </summary>
/// <param name="Body">The serialized alarm (sent as is).</param>
/// <param name="ContentType">The Content-Type header, or null to leave it out.</param>
/// <param name="ExpectedStatus">The status the contract gives this payload.</param>
/// <param name="ExpectedErrorCode">The envelope <c>error_code</c> that goes with it.</param>
/// <param name="CaseId">The broken-catalogue case, or null for a valid alarm.</param>
internal sealed record LoadPayload(ReadOnlyMemory<byte> Body, string? ContentType, int ExpectedStatus, string ExpectedErrorCode, string? CaseId = null);
