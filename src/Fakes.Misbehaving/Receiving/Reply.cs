using Harness.Contract.Envelopes;

namespace Harness.Fakes.Misbehaving.Receiving;

/// <summary>The answer the receiver decided on, before a defect shapes how it goes out.</summary>
/// <param name="Kind">Which answer of the contract.</param>
/// <param name="Message">The <c>error_msg</c>.</param>
/// <param name="Delayed">True when the answer must wait out the target's slow delay.</param>
/// <param name="ErrorCode">An <c>error_code</c> of the receiver's own instead of the contract's, or null.</param>
internal readonly record struct Reply(ResponseKind Kind, string Message, bool Delayed = false, string? ErrorCode = null)
{
    public static Reply Of(ResponseKind kind) => new(kind, ResponseCodes.For(kind).DefaultMessage);
}
