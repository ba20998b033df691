using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using Harness.Contract.Validation;
using Harness.Fakes.Store;

namespace Harness.Fakes.Http;

/// <summary>
/// Judges a body that may sit in several pipe segments, in place when it can. An accepted body of
/// up to <see cref="ReceivedAlarm.MaxKeptBodyBytes"/> is kept as one copy of its bytes and judged
/// without building strings; a larger one is judged and parsed in the same pass and kept as its alarm.
/// </summary>
internal static class BodyVerdict
{
    /// <summary>True with the kept alarm when the body is accepted; false with the rejection.</summary>
    public static bool TryAccept(AlarmValidator validator, in ReadOnlySequence<byte> body, string? contentType,
        [NotNullWhen(true)] out ReceivedAlarm? accepted, [NotNullWhen(false)] out ValidationResult? rejection)
    {
        if (body.Length > ReceivedAlarm.MaxKeptBodyBytes)
        {
            return JudgeAndParse(validator, body, contentType, out accepted, out rejection);
        }

        if (body.IsSingleSegment)
        {
            // Judged in place; only an accepted body is copied, to be kept.
            accepted = validator.TryAccept(body.FirstSpan, contentType, out var summary, out rejection)
                ? ReceivedAlarm.Kept(body.FirstSpan.ToArray(), summary, validator) : null;
            return accepted is not null;
        }

        // The one copy a kept body needs, made before judging so that judging can read it in one span.
        var copy = body.ToArray();
        accepted = validator.TryAccept(copy, contentType, out var pieced, out rejection)
            ? ReceivedAlarm.Kept(copy, pieced, validator) : null;
        return accepted is not null;
    }

    private static bool JudgeAndParse(AlarmValidator validator, in ReadOnlySequence<byte> body, string? contentType,
        [NotNullWhen(true)] out ReceivedAlarm? accepted, [NotNullWhen(false)] out ValidationResult? rejection)
    {
        if (body.IsSingleSegment)
        {
            return Parse(validator.Validate(body.FirstSpan, contentType), out accepted, out rejection);
        }

        var length = checked((int)body.Length);
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            body.CopyTo(rented);
            return Parse(validator.Validate(rented.AsSpan(0, length), contentType), out accepted, out rejection);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static bool Parse(ValidationResult result,
        [NotNullWhen(true)] out ReceivedAlarm? accepted, [NotNullWhen(false)] out ValidationResult? rejection)
    {
        accepted = result.IsValid ? ReceivedAlarm.Parsed(result.Alarm!) : null;
        rejection = result.IsValid ? null : result;
        return accepted is not null;
    }
}
