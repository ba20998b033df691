using System.Text;

namespace Harness.Load.Transport.Http2.Hpack;

/// <summary>
/// Writes header fields the stateless way (RFC 7541 section 6): indexed static entries, and literals without
/// indexing and without Huffman. Nothing enters the server's dynamic table, so a block encoded once can be
/// sent on any connection, any number of times.
/// </summary>
internal static class HpackEncoder
{
    /// <summary>A static table entry, name and value (section 6.1).</summary>
    public static void Indexed(List<byte> block, int index) => Integer(block, index, 7, 0x80);

    /// <summary>A literal value under a static table name (section 6.2.2, indexed name).</summary>
    public static void Literal(List<byte> block, int nameIndex, string value)
    {
        Integer(block, nameIndex, 4, 0x00);
        String(block, value);
    }

    /// <summary>A literal value under a literal name (section 6.2.2, new name); HTTP/2 names are lower case.</summary>
    public static void Literal(List<byte> block, string name, string value)
    {
        block.Add(0x00);
        String(block, name.ToLowerInvariant());
        String(block, value);
    }

    /// <summary>Writes a content-length field (static name 28, literal digits) into <paramref name="destination"/>; returns its length.</summary>
    public static int ContentLength(Span<byte> destination, int length)
    {
        var at = HpackInteger.Write(destination, HpackStaticTable.ContentLength, 4, 0x00);
        length.TryFormat(destination[(at + 1)..], out var digits, provider: System.Globalization.CultureInfo.InvariantCulture);
        destination[at] = (byte)digits;
        return at + 1 + digits;
    }

    private static void String(List<byte> block, string value)
    {
        var bytes = Encoding.ASCII.GetBytes(value);
        Integer(block, bytes.Length, 7, 0x00);
        block.AddRange(bytes);
    }

    private static void Integer(List<byte> block, int value, int prefixBits, byte flags)
    {
        Span<byte> scratch = stackalloc byte[8];
        block.AddRange(scratch[..HpackInteger.Write(scratch, value, prefixBits, flags)]);
    }
}
