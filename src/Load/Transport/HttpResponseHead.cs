using System.Buffers.Text;

namespace Harness.Load.Transport;

/// <summary>
/// The parts of an HTTP/1.1 response head the engine needs: status, how the body is framed,
/// and whether the server closes the connection afterwards.
/// </summary>
internal readonly record struct HttpResponseHead(int HeadLength, int Status, long ContentLength, bool Chunked, bool Close)
{
    /// <summary>
    /// Parses a head once it is complete; false while more bytes are needed or when it is malformed. One pass over
    /// the head, line by line: a header the engine needs is told by the colon at its name's length (no search for
    /// the colon of the lines it ignores: Server, Date, Content-Type), and the end of the head is the empty line.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<byte> data, out HttpResponseHead head, out bool malformed)
    {
        head = default;
        malformed = false;
        var statusEnd = data.IndexOf((byte)'\n');
        if (statusEnd < 0)
        {
            return false;
        }

        // "HTTP/1.1 200 OK\r\n": the status is the three digits after the first space.
        var statusLine = data[..statusEnd];
        if (statusLine.Length < 13 || statusLine[^1] != (byte)'\r' || !statusLine.StartsWith("HTTP/1."u8)
            || !Utf8Parser.TryParse(statusLine.Slice(9, 3), out int status, out var used) || used != 3)
        {
            malformed = true;
            return false;
        }

        long contentLength = -1;
        bool chunked = false, close = statusLine[7] == (byte)'0';
        var at = statusEnd + 1;
        while (true)
        {
            var next = data[at..].IndexOf((byte)'\n');
            if (next < 0)
            {
                return false;
            }

            // A line without its CR keeps the LF's place: it is not a header the engine reads, nor the end of the head.
            var line = next > 0 && data[at + next - 1] == (byte)'\r' ? data.Slice(at, next - 1) : data.Slice(at, next + 1);
            at += next + 1;
            if (line.IsEmpty)
            {
                head = new HttpResponseHead(at, status, contentLength, chunked, close);
                return true;
            }

            if (IsHeader(line, "Content-Length"u8, out var value))
            {
                if (!Utf8Parser.TryParse(value, out contentLength, out _))
                {
                    malformed = true;
                    return false;
                }
            }
            else if (IsHeader(line, "Transfer-Encoding"u8, out value))
            {
                chunked = value.ContainsAsciiIgnoreCase("chunked"u8);
            }
            else if (IsHeader(line, "Connection"u8, out value))
            {
                close = value.ContainsAsciiIgnoreCase("close"u8);
            }
        }
    }

    // Whether <paramref name="line"/> is the header <paramref name="name"/> (its colon right after the name: no space
    // may come before it), and then its value, trimmed.
    private static bool IsHeader(ReadOnlySpan<byte> line, ReadOnlySpan<byte> name, out ReadOnlySpan<byte> value)
    {
        if (line.Length > name.Length && line[name.Length] == (byte)':' && line[..name.Length].EqualsAsciiIgnoreCase(name))
        {
            value = line[(name.Length + 1)..].Trim((byte)' ');
            return true;
        }

        value = default;
        return false;
    }
}
