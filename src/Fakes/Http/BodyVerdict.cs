using System.Buffers;
using Harness.Contract.Validation;

namespace Harness.Fakes.Http;

/// <summary>Validates a body that may sit in several pipe segments, copying only when it does.</summary>
internal static class BodyVerdict
{
    public static ValidationResult Of(AlarmValidator validator, in ReadOnlySequence<byte> body, string? contentType)
    {
        if (body.IsSingleSegment)
        {
            return validator.Validate(body.FirstSpan, contentType);
        }

        var length = checked((int)body.Length);
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            body.CopyTo(rented);
            return validator.Validate(rented.AsSpan(0, length), contentType);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
