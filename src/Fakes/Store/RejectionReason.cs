namespace Harness.Fakes.Store;

/// <summary>
/// Why a request outside the body rules was refused. Body problems and field violations have
/// reasons of their own, built from <see cref="Contract.Validation.BodyProblem"/> and field + rule names.
/// </summary>
internal enum RejectionReason
{
    None,
    KeyMissing,
    KeyUnknown,
    KeyTooLong,
    TokenInvalid,
    Throttled,
    TooLarge,
    InjectedError,
    UnreadableRequest,
    MethodNotAllowed,
    NotFound,
    InternalError,
}
