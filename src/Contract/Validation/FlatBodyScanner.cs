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
    /// filled them; false when the reader must read it (the slots are then left part-filled).
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> body, Span<FieldSlot> slots, int maxDepth)
    {
        if (!Utf8.IsValid(body))
        {
            return false;
        }

        var i = JsonTokens.SkipWhiteSpace(body, 0);
        return i < body.Length && body[i] == '{'
            && TryContainer(body, ref i, 1, Math.Min(maxDepth, MaxNesting), (byte)'}', slots)
            && JsonTokens.SkipWhiteSpace(body, i) == body.Length;
    }

    /// <summary>
    /// An object or array opened at <paramref name="i"/>, <paramref name="depth"/> deep, and
    /// everything in it, at most <paramref name="limit"/> deep; <paramref name="i"/> ends just past
    /// it. The top-level object's members that are fields go into <paramref name="slots"/>
    /// (empty for every other container).
    /// </summary>
    private static bool TryContainer(ReadOnlySpan<byte> body, ref int i, int depth, int limit, byte close, Span<FieldSlot> slots = default)
    {
        var isObject = close == '}';
        i = JsonTokens.SkipWhiteSpace(body, i + 1);
        if (i < body.Length && body[i] == close)
        {
            i++;
            return true;
        }

        int seen = 0, next = 0;
        while (true)
        {
            var index = -1;
            if (isObject)
            {
                var nameStart = i + 1;
                if (!JsonTokens.TryString(body, ref i))
                {
                    return false;
                }

                index = slots.IsEmpty ? -1 : BodyReader.FieldIndex(body[nameStart..(i - 1)], next);
                i = JsonTokens.SkipWhiteSpace(body, i);
                if (i >= body.Length || body[i] != ':')
                {
                    return false;
                }

                i = JsonTokens.SkipWhiteSpace(body, i + 1);
            }

            var start = i;
            if (!TryValue(body, ref i, depth, limit, out var kind))
            {
                return false;
            }

            if (index >= 0)
            {
                // The reader lets the last of duplicate fields win; rare enough to leave to it.
                if ((seen & (1 << index)) != 0)
                {
                    return false;
                }

                seen |= 1 << index;
                next = index + 1;
                slots[index] = Slot(kind, start, i);
            }

            i = JsonTokens.SkipWhiteSpace(body, i);
            if (i >= body.Length || (body[i] != close && body[i] != ','))
            {
                return false;
            }

            if (body[i++] == close)
            {
                return true;
            }

            i = JsonTokens.SkipWhiteSpace(body, i);
        }
    }

    /// <summary>The slot the reader makes for a value that spans <paramref name="start"/> to <paramref name="end"/>.</summary>
    private static FieldSlot Slot(SlotKind kind, int start, int end) => kind switch
    {
        // A string's slot is its text between the quotes.
        SlotKind.String => new FieldSlot { Kind = kind, Start = start + 1, Length = end - start - 2 },
        SlotKind.Number or SlotKind.Object or SlotKind.Array => new FieldSlot { Kind = kind, Start = start, Length = end - start },
        _ => new FieldSlot { Kind = kind },
    };

    /// <summary>One value at <paramref name="depth"/> open containers; <paramref name="i"/> ends just past it.</summary>
    private static bool TryValue(ReadOnlySpan<byte> body, ref int i, int depth, int limit, out SlotKind kind)
    {
        kind = SlotKind.Absent;
        if (i >= body.Length)
        {
            return false;
        }

        switch (body[i])
        {
            case (byte)'"':
                kind = SlotKind.String;
                return JsonTokens.TryString(body, ref i);
            case (byte)'{' or (byte)'[':
                kind = body[i] == '{' ? SlotKind.Object : SlotKind.Array;
                return depth < limit && TryContainer(body, ref i, depth + 1, limit, kind == SlotKind.Object ? (byte)'}' : (byte)']');
            case (byte)'t':
                kind = SlotKind.True;
                return JsonTokens.TryLiteral(body, ref i, "true"u8);
            case (byte)'f':
                kind = SlotKind.False;
                return JsonTokens.TryLiteral(body, ref i, "false"u8);
            case (byte)'n':
                kind = SlotKind.Null;
                return JsonTokens.TryLiteral(body, ref i, "null"u8);
            default:
                kind = SlotKind.Number;
                return JsonTokens.TryNumber(body, ref i);
        }
    }
}
