using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Harness.Contract.Validation;

/// <summary>
/// The JSON tokens <see cref="FlatBodyScanner"/> reads itself, each strictly by JSON's grammar and
/// narrower where that is simpler (no escapes). Each takes the position of its token's first byte
/// and returns the position just past it, or -1 when the bytes there are not such a token.
/// Positions go in and out by value, not by reference, so they stay in registers.
/// </summary>
/// <remarks>
/// Hand-written on purpose: the same scanner with <c>IndexOfAny(SearchValues)</c> for strings and
/// <c>IndexOfAnyExcept</c> for white space took the spec example's <c>TryAccept</c> from 0.61 us to
/// 1.35 us, and with <c>SearchValues</c> for strings alone to 1.19 us (ValidatorBenchmarks,
/// <c>--job short</c>, side by side on 2026-11-29): a body's strings are short, and a call per token
/// costs more than the scan.
/// </remarks>
internal static class JsonTokens
{
    /// <summary>
    /// Per byte value: 1 for a byte that ends the plain part of a string (its closing quote, an
    /// escape, or a control character the reader refuses), 2 for JSON white space (tab, LF and CR
    /// are both: 3), else 0.
    /// </summary>
    private static ReadOnlySpan<byte> Classes =>
    [
        1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 3, 1, 1, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        2, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];

    private const byte StringStop = 1;

    private static readonly Vector128<byte> Quote = Vector128.Create((byte)'"');
    private static readonly Vector128<byte> Backslash = Vector128.Create((byte)'\\');
    private static readonly Vector128<byte> Space = Vector128.Create((byte)' ');
    private const byte WhiteSpace = 2;

    /// <summary>A string without escapes or control characters, its opening quote at <paramref name="i"/>.</summary>
    public static int String(ReadOnlySpan<byte> body, int i)
    {
        if ((uint)i >= (uint)body.Length || body[i] != '"')
        {
            return -1;
        }

        // Sixteen bytes at a time while they last (most of a body's bytes are string text), then byte by byte.
        i++;
        ref var first = ref MemoryMarshal.GetReference(body);
        while (i <= body.Length - Vector128<byte>.Count)
        {
            var chunk = Vector128.LoadUnsafe(ref first, (nuint)i);
            var stops = Vector128.Equals(chunk, Quote) | Vector128.Equals(chunk, Backslash) | Vector128.LessThan(chunk, Space);
            if (stops != Vector128<byte>.Zero)
            {
                i += BitOperations.TrailingZeroCount(stops.ExtractMostSignificantBits());
                return body[i] == '"' ? i + 1 : -1;
            }

            i += Vector128<byte>.Count;
        }

        var classes = Classes;
        for (; (uint)i < (uint)body.Length; i++)
        {
            if ((classes[body[i]] & StringStop) != 0)
            {
                return body[i] == '"' ? i + 1 : -1;
            }
        }

        return -1;
    }

    public static int Literal(ReadOnlySpan<byte> body, int i, ReadOnlySpan<byte> literal) =>
        body[i..].StartsWith(literal) ? i + literal.Length : -1;

    /// <summary>A number as JSON's grammar writes it: <c>-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?</c>.</summary>
    public static int Number(ReadOnlySpan<byte> body, int i)
    {
        if (At(body, i) == '-')
        {
            i++;
        }

        i = At(body, i) == '0' ? i + 1 : Digits(body, i);
        if (i >= 0 && At(body, i) == '.')
        {
            i = Digits(body, i + 1);
        }

        if (i >= 0 && At(body, i) is (byte)'e' or (byte)'E')
        {
            i++;
            i = Digits(body, At(body, i) is (byte)'+' or (byte)'-' ? i + 1 : i);
        }

        return i;
    }

    /// <summary>The position of the first byte at or after <paramref name="i"/> that is not JSON white space.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int SkipWhiteSpace(ReadOnlySpan<byte> body, int i)
    {
        var classes = Classes;
        while ((uint)i < (uint)body.Length && (classes[body[i]] & WhiteSpace) != 0)
        {
            i++;
        }

        return i;
    }

    /// <summary>The byte at <paramref name="i"/>, or 0 past the end (a byte no token starts or continues with).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static byte At(ReadOnlySpan<byte> body, int i) => (uint)i < (uint)body.Length ? body[i] : (byte)0;

    /// <summary>One or more digits from <paramref name="i"/>: the position past them, or -1.</summary>
    private static int Digits(ReadOnlySpan<byte> body, int i)
    {
        var start = i;
        while (char.IsAsciiDigit((char)At(body, i)))
        {
            i++;
        }

        return i > start ? i : -1;
    }
}
