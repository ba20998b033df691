using System.Text;

namespace Harness.Load.Transport.Http2.Hpack;

/// <summary>
/// Decodes the server's header blocks on one connection (RFC 7541): indexed fields, literals with and
/// without indexing, table size updates, Huffman strings. Every block must be decoded, in order, even for
/// a stream nobody waits for any more: the dynamic table is shared by the whole connection.
/// </summary>
internal sealed class HpackDecoder
{
    private static readonly byte[] Status = ":status"u8.ToArray();

    private readonly HpackDynamicTable _table;
    private byte[] _nameScratch = new byte[256];
    private byte[] _valueScratch = new byte[1024];

    /// <param name="maxTableSize">Our SETTINGS_HEADER_TABLE_SIZE (4096 unless we say otherwise).</param>
    public HpackDecoder(int maxTableSize = 4096) => _table = new HpackDynamicTable(maxTableSize);

    internal HpackDynamicTable Table => _table;

    /// <summary>
    /// Decodes one complete header block; returns its <c>:status</c> (0 when it has none, as trailers).
    /// <paramref name="fields"/>, when given, receives every field (for tests).
    /// </summary>
    /// <exception cref="HpackException">The block breaks RFC 7541.</exception>
    public int Decode(ReadOnlySpan<byte> block, List<KeyValuePair<string, string>>? fields = null)
    {
        var status = 0;
        var pos = 0;
        var first = true;
        while (pos < block.Length)
        {
            var b = block[pos];
            ReadOnlySpan<byte> name, value;
            if ((b & 0x80) != 0)
            {
                var (indexedName, indexedValue) = Entry(HpackInteger.Read(block, ref pos, 7));
                name = indexedName;
                value = indexedValue;
            }
            else if ((b & 0xc0) == 0x40)
            {
                Literal(block, ref pos, 6, out name, out value);
                _table.Add(name, value);
            }
            else if ((b & 0xe0) == 0x20)
            {
                // Size updates come only at the start of a block (section 4.2).
                if (!first)
                {
                    throw new HpackException("table size update after the first field");
                }

                _table.SetMaxSize(HpackInteger.Read(block, ref pos, 5));
                continue;
            }
            else
            {
                // Without indexing (0000) or never indexed (0001): the same for a decoder.
                Literal(block, ref pos, 4, out name, out value);
            }

            first = false;
            if (name.SequenceEqual(Status))
            {
                status = ParseStatus(value);
            }

            fields?.Add(new(Encoding.ASCII.GetString(name), Encoding.ASCII.GetString(value)));
        }

        return status;
    }

    private (byte[] Name, byte[] Value) Entry(int index)
    {
        if (index == 0)
        {
            throw new HpackException("index 0");
        }

        return index <= HpackStaticTable.Count ? HpackStaticTable.Get(index) : _table.Get(index - HpackStaticTable.Count - 1);
    }

    private void Literal(ReadOnlySpan<byte> block, scoped ref int pos, int prefixBits, out ReadOnlySpan<byte> name, out ReadOnlySpan<byte> value)
    {
        var index = HpackInteger.Read(block, ref pos, prefixBits);
        name = index == 0 ? String(block, ref pos, ref _nameScratch) : Entry(index).Name;
        value = String(block, ref pos, ref _valueScratch);
    }

    // A string literal (section 5.2); a Huffman one is decoded into scratch, which grows as needed.
    private static ReadOnlySpan<byte> String(ReadOnlySpan<byte> block, scoped ref int pos, ref byte[] scratch)
    {
        if (pos >= block.Length)
        {
            throw new HpackException("header block ends before a string");
        }

        var huffman = (block[pos] & 0x80) != 0;
        var length = HpackInteger.Read(block, ref pos, 7);
        if (length > block.Length - pos)
        {
            throw new HpackException("string longer than the header block");
        }

        var raw = block.Slice(pos, length);
        pos += length;
        if (!huffman)
        {
            return raw;
        }

        var most = HpackHuffman.MaxDecodedLength(length);
        if (scratch.Length < most)
        {
            scratch = new byte[Math.Max(most, scratch.Length * 2)];
        }

        return scratch.AsSpan(0, HpackHuffman.Decode(raw, scratch));
    }

    private static int ParseStatus(ReadOnlySpan<byte> value)
    {
        if (value.Length != 3 || !char.IsAsciiDigit((char)value[0]) || !char.IsAsciiDigit((char)value[1]) || !char.IsAsciiDigit((char)value[2]))
        {
            throw new HpackException("malformed :status");
        }

        return ((value[0] - '0') * 100) + ((value[1] - '0') * 10) + (value[2] - '0');
    }
}
