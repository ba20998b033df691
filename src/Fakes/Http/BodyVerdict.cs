using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using Harness.Contract.Validation;
using Harness.Fakes.Store;

namespace Harness.Fakes.Http;

/// <summary>
/// Judges a body that may sit in several pipe segments, in place when it sits in one. An accepted
/// body is kept as a <see cref="ReceivedAlarm"/>: one copy of its bytes, no strings.
/// </summary>
internal static class BodyVerdict
{
    /// <summary>True with the kept alarm when the body is accepted; false with the rejection.</summary>
    public static bool TryAccept(AlarmValidator validator, in ReadOnlySequence<byte> body, string? contentType,
        [NotNullWhen(true)] out ReceivedAlarm? accepted, [NotNullWhen(false)] out ValidationResult? rejection)
    {
        if (body.IsSingleSegment)
        {
            return Judge(validator, body.FirstSpan, owned: null, contentType, out accepted, out rejection);
        }

        var length = checked((int)body.Length);
        if (length <= ReceivedAlarm.MaxKeptBodyBytes)
        {
            // The one copy a kept body needs anyway, made before judging so it is made once.
            var copy = body.ToArray();
            return Judge(validator, copy, copy, contentType, out accepted, out rejection);
        }

        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            body.CopyTo(rented);
            return Judge(validator, rented.AsSpan(0, length), owned: null, contentType, out accepted, out rejection);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static bool Judge(AlarmValidator validator, ReadOnlySpan<byte> body, byte[]? owned, string? contentType,
        [NotNullWhen(true)] out ReceivedAlarm? accepted, [NotNullWhen(false)] out ValidationResult? rejection)
    {
        accepted = validator.TryAccept(body, contentType, out var summary, out rejection)
            ? ReceivedAlarm.Keep(body, owned, summary, validator) : null;
        return accepted is not null;
    }
}
