using System.Buffers.Text;

namespace Harness.Load.Transport;

/// <summary>
/// The parts of an HTTP/1.1 response head the engine needs: status, how the body is framed,
/// and whether the server closes the connection afterwards.
/// </summary>
internal readonly record struct HttpResponseHead(int HeadLength, int Status, long ContentLength, bool Chunked, bool Close)
{
    private static ReadOnlySpan<byte> EndOfHead => "\r\n\r\n"u8;

    /// <summary>Parses a head once it is complete; false while more bytes are needed or when it is malformed.</summary>
    public static bool TryParse(ReadOnlySpan<byte> data, out HttpResponseHead head, out bool malformed)
    {
        head = default;
        malformed = false;
        var end = data.IndexOf(EndOfHead);
        if (end < 0)
        {
            return false;
        }

        var lines = data[..end];
        var lineEnd = lines.IndexOf("\r\n"u8);
        var statusLine = lineEnd < 0 ? lines : lines[..lineEnd];
        // "HTTP/1.1 200 OK": the status is the three digits after the first space.
        if (statusLine.Length < 12 || !statusLine.StartsWith("HTTP/1."u8)
            || !Utf8Parser.TryParse(statusLine.Slice(9, 3), out int status, out var used) || used != 3)
        {
            malformed = true;
            return false;
        }

        long contentLength = -1;
        bool chunked = false, close = statusLine[7] == (byte)'0';
        var rest = lineEnd < 0 ? [] : lines[(lineEnd + 2)..];
        while (!rest.IsEmpty)
        {
            var next = rest.IndexOf("\r\n"u8);
            var line = next < 0 ? rest : rest[..next];
            rest = next < 0 ? [] : rest[(next + 2)..];
            var colon = line.IndexOf((byte)':');
            if (colon <= 0)
            {
                continue;
            }

            var name = line[..colon];
            // Most of a head is names the engine ignores (Server, Date, Content-Type): told apart by length alone.
            if (name.Length is not (14 or 17 or 10))
            {
                continue;
            }

            var value = line[(colon + 1)..].Trim((byte)' ');
            if (name.EqualsAsciiIgnoreCase("Content-Length"u8))
            {
                if (!Utf8Parser.TryParse(value, out contentLength, out _))
                {
                    malformed = true;
                    return false;
                }
            }
            else if (name.EqualsAsciiIgnoreCase("Transfer-Encoding"u8))
            {
                chunked = value.ContainsAsciiIgnoreCase("chunked"u8);
            }
            else if (name.EqualsAsciiIgnoreCase("Connection"u8))
            {
                close = value.ContainsAsciiIgnoreCase("close"u8);
            }
        }

        head = new HttpResponseHead(end + EndOfHead.Length, status, contentLength, chunked, close);
        return true;
    }
}
