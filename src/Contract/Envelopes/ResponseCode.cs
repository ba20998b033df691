namespace Harness.Contract.Envelopes;

/// <summary>The HTTP status and envelope <c>error_code</c> that go with one kind of answer.</summary>
public sealed record ResponseCode(ResponseKind Kind, int Status, string ErrorCode, string DefaultMessage);
