using System.Buffers;

namespace Harness.Contract.Validation;

/// <summary>
/// The JSON tokens <see cref="FlatBodyScanner"/> reads itself, each strictly by JSON's grammar and
/// narrower where that is simpler (no escapes): each moves <c>i</c> just past its token, or says no.
/// </summary>
internal static class JsonTokens
{
    /// <summary>What ends the plain part of a string: its closing quote, an escape, or a control character the reader refuses.</summary>
    private static readonly SearchValues<byte> StringStops = SearchValues.Create(
        [(byte)'"', (byte)'\\', .. Enumerable.Range(0, 0x20).Select(b => (byte)b)]);

    /// <summary>A string without escapes or control characters, opened at <paramref name="i"/>.</summary>
    public static bool TryString(ReadOnlySpan<byte> body, ref int i)
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

    public static bool TryLiteral(ReadOnlySpan<byte> body, ref int i, ReadOnlySpan<byte> literal)
    {
        if (!body[i..].StartsWith(literal))
        {
            return false;
        }

        i += literal.Length;
        return true;
    }

    /// <summary>A number as JSON's grammar writes it: <c>-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?</c>.</summary>
    public static bool TryNumber(ReadOnlySpan<byte> body, ref int i)
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
    public static int SkipWhiteSpace(ReadOnlySpan<byte> body, int i)
    {
        while (i < body.Length && body[i] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
        {
            i++;
        }

        return i;
    }
}
