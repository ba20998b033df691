using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;

namespace Harness.Contract.Validation;

/// <summary>
/// The fast path of <see cref="BodyReader"/>: one hand-written pass over the body shape senders
/// actually send (one object of the table's fields, strings without escapes, plain numbers and
/// literals, shallow containers, valid UTF-8) that fills the same slots the <c>Utf8JsonReader</c>
/// pass would. It only says yes or "not mine": anything it does not fully understand (escapes,
/// control characters, a byte-order mark, duplicate fields, nesting past <see cref="MaxNesting"/>,
/// anything malformed) makes it give up, and the reader reads the body from the start and alone
/// decides every rejection. It exists because the reference receiver validates every request and
/// the reader's per-token machinery was most of that cost (results/benchmarks/receiver.md).
/// </summary>
internal static class FlatBodyScanner
{
    /// <summary>The deepest nesting followed here (the top-level object is 1); deeper bodies go to the reader.</summary>
    public const int MaxNesting = 16;

    /// <summary>
    /// True when the body was read here, with <paramref name="slots"/> as the reader would have
    /// filled them and <paramref name="ascii"/> telling whether every byte is ASCII; false when
    /// the reader must read it (the slots are then left part-filled).
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> body, Span<FieldSlot> slots, int maxDepth, out bool ascii)
    {
        ascii = Ascii.IsValid(body);
        if (!ascii && !Utf8.IsValid(body))
        {
            return false;
        }

        var start = JsonTokens.SkipWhiteSpace(body, 0);
        if (JsonTokens.At(body, start) != '{')
        {
            return false;
        }

        var end = Container(body, start, 1, Math.Min(maxDepth, MaxNesting), slots);
        return end > 0 && JsonTokens.SkipWhiteSpace(body, end) == body.Length;
    }

    /// <summary>
    /// An object or array opened at <paramref name="i"/>, <paramref name="depth"/> deep, and
    /// everything in it, at most <paramref name="limit"/> deep: the position just past it, or -1.
    /// The top-level object's members that are fields go into <paramref name="slots"/> (empty for
    /// every other container).
    /// </summary>
    private static int Container(ReadOnlySpan<byte> body, int i, int depth, int limit, Span<FieldSlot> slots)
    {
        var close = body[i] == '{' ? (byte)'}' : (byte)']';
        i = JsonTokens.SkipWhiteSpace(body, i + 1);
        if (JsonTokens.At(body, i) == close)
        {
            return i + 1;
        }

        int seen = 0, next = 0;
        while (true)
        {
            var index = -1;
            if (close == '}')
            {
                // Senders mostly write the fields in the table's order: the name expected next is
                // compared in place first, which reads the same token to the same end and index.
                var nameEnd = slots.IsEmpty ? -1 : BodyReader.ExpectedFieldName(body, i, next);
                if (nameEnd > 0)
                {
                    index = next;
                }
                else
                {
                    nameEnd = JsonTokens.String(body, i);
                    if (nameEnd < 0)
                    {
                        return -1;
                    }

                    index = slots.IsEmpty ? -1 : BodyReader.FieldIndex(body[(i + 1)..(nameEnd - 1)], next);
                }
                i = JsonTokens.SkipWhiteSpace(body, nameEnd);
                if (JsonTokens.At(body, i) != ':')
                {
                    return -1;
                }

                i = JsonTokens.SkipWhiteSpace(body, i + 1);
            }

            var end = Value(body, i, depth, limit, out var kind);
            if (end < 0)
            {
                return -1;
            }

            if (index >= 0)
            {
                // The reader lets the last of duplicate fields win; rare enough to leave to it.
                if ((seen & (1 << index)) != 0)
                {
                    return -1;
                }

                seen |= 1 << index;
                next = index + 1;
                slots[index] = Slot(kind, i, end);
            }

            i = JsonTokens.SkipWhiteSpace(body, end);
            var separator = JsonTokens.At(body, i);
            if (separator == close)
            {
                return i + 1;
            }

            if (separator != ',')
            {
                return -1;
            }

            i = JsonTokens.SkipWhiteSpace(body, i + 1);
        }
    }

    /// <summary>The slot the reader makes for a value from <paramref name="start"/> to just before <paramref name="end"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static FieldSlot Slot(SlotKind kind, int start, int end) => kind switch
    {
        // A string's slot is its text between the quotes.
        SlotKind.String => new FieldSlot { Kind = kind, Start = start + 1, Length = end - start - 2 },
        SlotKind.Number or SlotKind.Object or SlotKind.Array => new FieldSlot { Kind = kind, Start = start, Length = end - start },
        _ => new FieldSlot { Kind = kind },
    };

    /// <summary>One value at <paramref name="i"/>, inside <paramref name="depth"/> open containers: the position just past it, or -1.</summary>
    private static int Value(ReadOnlySpan<byte> body, int i, int depth, int limit, out SlotKind kind)
    {
        switch (JsonTokens.At(body, i))
        {
            case (byte)'"':
                kind = SlotKind.String;
                return JsonTokens.String(body, i);
            case (byte)'{':
                kind = SlotKind.Object;
                return depth < limit ? Container(body, i, depth + 1, limit, default) : -1;
            case (byte)'[':
                kind = SlotKind.Array;
                return depth < limit ? Container(body, i, depth + 1, limit, default) : -1;
            case (byte)'t':
                kind = SlotKind.True;
                return JsonTokens.Literal(body, i, "true"u8);
            case (byte)'f':
                kind = SlotKind.False;
                return JsonTokens.Literal(body, i, "false"u8);
            case (byte)'n':
                kind = SlotKind.Null;
                return JsonTokens.Literal(body, i, "null"u8);
            default:
                kind = SlotKind.Number;
                return JsonTokens.Number(body, i);
        }
    }
}
