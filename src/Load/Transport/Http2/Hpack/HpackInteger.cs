namespace Harness.Load.Transport.Http2.Hpack;

/// <summary>HPACK's prefixed integers (RFC 7541 section 5.1), read and written.</summary>
internal static class HpackInteger
{
    /// <summary>
    /// Reads an integer whose first byte is <c>block[pos]</c> with an N-bit prefix; moves <paramref name="pos"/> past it.
    /// </summary>
    public static int Read(ReadOnlySpan<byte> block, ref int pos, int prefixBits)
    {
        if (pos >= block.Length)
        {
            throw new HpackException("header block ends inside an integer");
        }

        var mask = (1 << prefixBits) - 1;
        var value = block[pos++] & mask;
        if (value < mask)
        {
            return value;
        }

        var shift = 0;
        while (true)
        {
            if (pos >= block.Length)
            {
                throw new HpackException("header block ends inside an integer");
            }

            var b = block[pos++];
            // 2^31 is beyond any length or index a header block can hold: refuse rather than overflow.
            if (shift > 21)
            {
                throw new HpackException("integer too large");
            }

            value += (b & 0x7f) << shift;
            shift += 7;
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }
    }

    /// <summary>Writes <paramref name="value"/> with an N-bit prefix, the first byte's high bits set to <paramref name="flags"/>; returns the bytes written.</summary>
    public static int Write(Span<byte> destination, int value, int prefixBits, byte flags)
    {
        var mask = (1 << prefixBits) - 1;
        if (value < mask)
        {
            destination[0] = (byte)(flags | value);
            return 1;
        }

        destination[0] = (byte)(flags | mask);
        value -= mask;
        var i = 1;
        while (value >= 0x80)
        {
            destination[i++] = (byte)((value & 0x7f) | 0x80);
            value >>= 7;
        }

        destination[i++] = (byte)value;
        return i;
    }
}
