using System.Buffers;
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

    /// <summary>What ends the plain part of a string: its closing quote, an escape, or a control character the reader refuses.</summary>
    private static readonly SearchValues<byte> StringStops = SearchValues.Create(
        [(byte)'"', (byte)'\\', .. Enumerable.Range(0, 0x20).Select(b => (byte)b)]);

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

        var limit = Math.Min(maxDepth, MaxNesting);
        var i = SkipWhiteSpace(body, 0);
        if (i >= body.Length || body[i] != '{')
        {
            return false;
        }

        i = SkipWhiteSpace(body, i + 1);
        if (i < body.Length && body[i] == '}')
        {
            return SkipWhiteSpace(body, i + 1) == body.Length;
        }

        var seen = 0;
        var next = 0;
        while (true)
        {
            var nameStart = i + 1;
            if (!TryString(body, ref i))
            {
                return false;
            }

            var index = BodyReader.FieldIndex(body[nameStart..(i - 1)], next);
            i = SkipWhiteSpace(body, i);
            if (i >= body.Length || body[i] != ':')
            {
                return false;
            }

            i = SkipWhiteSpace(body, i + 1);
            var start = i;
            if (!TryValue(body, ref i, 1, limit, out var kind))
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

            i = SkipWhiteSpace(body, i);
            if (i >= body.Length)
            {
                return false;
            }

            if (body[i] == '}')
            {
                return SkipWhiteSpace(body, i + 1) == body.Length;
            }

            if (body[i] != ',')
            {
                return false;
            }

            i = SkipWhiteSpace(body, i + 1);
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
                return TryString(body, ref i);
            case (byte)'{':
                kind = SlotKind.Object;
                return depth < limit && TryContainer(body, ref i, depth + 1, limit, (byte)'}');
            case (byte)'[':
                kind = SlotKind.Array;
                return depth < limit && TryContainer(body, ref i, depth + 1, limit, (byte)']');
            case (byte)'t':
                kind = SlotKind.True;
                return TryLiteral(body, ref i, "true"u8);
            case (byte)'f':
                kind = SlotKind.False;
                return TryLiteral(body, ref i, "false"u8);
            case (byte)'n':
                kind = SlotKind.Null;
                return TryLiteral(body, ref i, "null"u8);
            default:
                kind = SlotKind.Number;
                return TryNumber(body, ref i);
        }
    }

    /// <summary>An object or array (opened at <paramref name="i"/>, <paramref name="depth"/> deep) and everything in it, at most <paramref name="limit"/> deep.</summary>
    private static bool TryContainer(ReadOnlySpan<byte> body, ref int i, int depth, int limit, byte close)
    {
        var isObject = close == '}';
        i = SkipWhiteSpace(body, i + 1);
        if (i < body.Length && body[i] == close)
        {
            i++;
            return true;
        }

        while (true)
        {
            if (isObject)
            {
                if (!TryString(body, ref i))
                {
                    return false;
                }

                i = SkipWhiteSpace(body, i);
                if (i >= body.Length || body[i] != ':')
                {
                    return false;
                }

                i = SkipWhiteSpace(body, i + 1);
            }

            if (!TryValue(body, ref i, depth, limit, out _))
            {
                return false;
            }

            i = SkipWhiteSpace(body, i);
            if (i >= body.Length)
            {
                return false;
            }

            if (body[i] == close)
            {
                i++;
                return true;
            }

            if (body[i] != ',')
            {
                return false;
            }

            i = SkipWhiteSpace(body, i + 1);
        }
    }

    /// <summary>A string without escapes or control characters, opened at <paramref name="i"/>.</summary>
    private static bool TryString(ReadOnlySpan<byte> body, ref int i)
    {
        if (i >= body.Length || body[i] != '"')
        {
            return false;
        }

        var length = body[(i + 1)..].IndexOfAny(StringStops);
        if (length < 0 || body[i + 1 + length] != '"')
        {
            return false;
        }

        i += length + 2;
        return true;
    }

    private static bool TryLiteral(ReadOnlySpan<byte> body, ref int i, ReadOnlySpan<byte> literal)
    {
        if (!body[i..].StartsWith(literal))
        {
            return false;
        }

        i += literal.Length;
        return true;
    }

    /// <summary>A number as JSON's grammar writes it: <c>-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?</c>.</summary>
    private static bool TryNumber(ReadOnlySpan<byte> body, ref int i)
    {
        if (body[i] == '-')
        {
            i++;
        }

        if (i < body.Length && body[i] == '0')
        {
            i++;
        }
        else if (!TryDigits(body, ref i))
        {
            return false;
        }

        if (i < body.Length && body[i] == '.')
        {
            i++;
            if (!TryDigits(body, ref i))
            {
                return false;
            }
        }

        if (i < body.Length && body[i] is (byte)'e' or (byte)'E')
        {
            i++;
            if (i < body.Length && body[i] is (byte)'+' or (byte)'-')
            {
                i++;
            }

            return TryDigits(body, ref i);
        }

        return true;
    }

    /// <summary>One or more digits.</summary>
    private static bool TryDigits(ReadOnlySpan<byte> body, ref int i)
    {
        var start = i;
        while (i < body.Length && char.IsAsciiDigit((char)body[i]))
        {
            i++;
        }

        return i > start;
    }

    /// <summary>The index of the first byte at or after <paramref name="i"/> that is not JSON white space.</summary>
    private static int SkipWhiteSpace(ReadOnlySpan<byte> body, int i)
    {
        while (i < body.Length && body[i] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
        {
            i++;
        }

        return i;
    }
}
