namespace Harness.Load.Transport.Http2.Hpack;

/// <summary>
/// Decodes HPACK's Huffman-coded strings (RFC 7541 section 5.2, code of Appendix B). The code is canonical
/// (codes of one length are consecutive, in symbol order, and shorter codes come first), so the code
/// lengths alone define it: each symbol is found by comparing the next 30 bits with the upper bound of
/// each length's codes.
/// </summary>
internal static class HpackHuffman
{
    private const int Window = 30;
    private const int EndOfString = 256;

    // Bits per symbol for the bytes 0-255 and EOS (256), from RFC 7541 Appendix B.
    private static readonly byte[] Lengths =
    [
        13, 23, 28, 28, 28, 28, 28, 28, 28, 24, 30, 28, 28, 30, 28, 28, 28, 28, 28, 28, 28, 28, 30, 28, 28, 28, 28, 28, 28, 28, 28, 28,
        6, 10, 10, 12, 13, 6, 8, 11, 10, 10, 8, 11, 8, 6, 6, 6, 5, 5, 5, 6, 6, 6, 6, 6, 6, 6, 7, 8, 15, 6, 12, 10, 13, 6, 7, 7, 7, 7,
        7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 8, 7, 8, 13, 19, 13, 14, 6, 15, 5, 6, 5, 6, 5, 6, 6, 6, 5, 7, 7, 6, 6,
        6, 5, 6, 7, 6, 5, 5, 6, 7, 7, 7, 7, 7, 15, 11, 14, 13, 28, 20, 22, 20, 20, 22, 22, 22, 23, 22, 23, 23, 23, 23, 23, 24, 23,
        24, 24, 22, 23, 24, 23, 23, 23, 23, 21, 22, 23, 22, 23, 23, 24, 22, 21, 20, 22, 22, 23, 23, 21, 23, 22, 22, 24, 21, 22, 23,
        23, 21, 21, 22, 21, 23, 22, 23, 23, 20, 22, 22, 22, 23, 22, 22, 23, 26, 26, 20, 19, 22, 23, 22, 25, 26, 26, 26, 27, 27, 26,
        24, 25, 19, 21, 26, 27, 27, 26, 27, 24, 21, 21, 26, 26, 28, 27, 27, 27, 20, 24, 20, 21, 22, 21, 21, 23, 22, 22, 25, 25, 24,
        24, 26, 23, 26, 27, 26, 26, 27, 27, 27, 27, 27, 28, 27, 27, 27, 27, 27, 26, 30,
    ];

    // Per length L: the first code of that length, where its symbols start in Symbols, and the exclusive
    // upper bound of its codes left-aligned in a 30-bit window.
    private static readonly int[] First = new int[Window + 1];
    private static readonly int[] Offset = new int[Window + 1];
    private static readonly long[] Limit = new long[Window + 1];
    private static readonly short[] Symbols = new short[257];
    private static readonly int Shortest;

    static HpackHuffman()
    {
        var order = Enumerable.Range(0, Lengths.Length).OrderBy(s => Lengths[s]).ThenBy(s => s).ToArray();
        for (var i = 0; i < order.Length; i++)
        {
            Symbols[i] = (short)order[i];
        }

        Shortest = Lengths[order[0]];
        var code = 0;
        var at = 0;
        for (var length = 1; length <= Window; length++)
        {
            var count = order.Count(s => Lengths[s] == length);
            First[length] = code;
            Offset[length] = at;
            Limit[length] = (long)(code + count) << (Window - length);
            code = (code + count) << 1;
            at += count;
        }
    }

    /// <summary>The most bytes <paramref name="encodedLength"/> encoded bytes can decode to (5 bits is the shortest code).</summary>
    public static int MaxDecodedLength(int encodedLength) => (encodedLength * 8 / Shortest) + 1;

    /// <summary>Decodes <paramref name="source"/> into <paramref name="destination"/>; returns the bytes written.</summary>
    /// <exception cref="HpackException">EOS inside the string, padding longer than 7 bits or not all ones.</exception>
    public static int Decode(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        ulong bits = 0;
        var count = 0;
        var pos = 0;
        var written = 0;
        while (true)
        {
            while (count <= 56 && pos < source.Length)
            {
                bits |= (ulong)source[pos++] << (56 - count);
                count += 8;
            }

            if (count == 0)
            {
                return written;
            }

            var window = (long)(bits >> (64 - Window));
            var length = Shortest;
            while (window >= Limit[length])
            {
                length++;
            }

            if (length > count)
            {
                // What is left is padding: fewer than 8 bits, all ones (the start of EOS).
                if (count > 7 || (bits >> (64 - count)) != (1UL << count) - 1)
                {
                    throw new HpackException("invalid Huffman padding");
                }

                return written;
            }

            var symbol = Symbols[Offset[length] + (int)(window >> (Window - length)) - First[length]];
            if (symbol == EndOfString)
            {
                throw new HpackException("EOS inside a Huffman string");
            }

            destination[written++] = (byte)symbol;
            bits <<= length;
            count -= length;
        }
    }
}
