using System.Buffers.Text;

namespace Harness.Load.Transport;

/// <summary>Finds the end of a chunked body and gathers its payload (receivers may answer chunked).</summary>
internal static class ChunkedBody
{
    /// <summary>
    /// True once the whole chunked body (through the final empty chunk and trailers) is in
    /// <paramref name="data"/>; <paramref name="consumed"/> is its length on the wire.
    /// </summary>
    public static bool TryFindEnd(ReadOnlySpan<byte> data, out int consumed, out int payloadLength, out bool malformed)
    {
        consumed = payloadLength = 0;
        malformed = false;
        var position = 0;
        while (true)
        {
            var lineEnd = data[position..].IndexOf("\r\n"u8);
            if (lineEnd < 0)
            {
                return false;
            }

            var sizeText = data.Slice(position, lineEnd);
            var extension = sizeText.IndexOf((byte)';');
            if (extension >= 0)
            {
                sizeText = sizeText[..extension];
            }

            if (!Utf8Parser.TryParse(sizeText.Trim((byte)' '), out int size, out var used, 'x') || used == 0 || size < 0)
            {
                malformed = true;
                return false;
            }

            position += lineEnd + 2;
            if (size == 0)
            {
                // Trailers (usually none) end with an empty line.
                var trailerEnd = data[position..].IndexOf("\r\n"u8);
                while (trailerEnd > 0)
                {
                    position += trailerEnd + 2;
                    trailerEnd = data[position..].IndexOf("\r\n"u8);
                }

                if (trailerEnd < 0)
                {
                    return false;
                }

                consumed = position + 2;
                return true;
            }

            if (data.Length < position + size + 2)
            {
                return false;
            }

            payloadLength += size;
            position += size + 2;
        }
    }

    /// <summary>Copies the payload of a complete chunked body (as found by <see cref="TryFindEnd"/>).</summary>
    public static int CopyPayload(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        var position = 0;
        var written = 0;
        while (true)
        {
            var lineEnd = data[position..].IndexOf("\r\n"u8);
            var sizeText = data.Slice(position, lineEnd);
            var extension = sizeText.IndexOf((byte)';');
            Utf8Parser.TryParse((extension >= 0 ? sizeText[..extension] : sizeText).Trim((byte)' '), out int size, out _, 'x');
            position += lineEnd + 2;
            if (size == 0)
            {
                return written;
            }

            data.Slice(position, size).CopyTo(destination[written..]);
            written += size;
            position += size + 2;
        }
    }
}
