using System.Text;

namespace Harness.TestKit;

/// <summary>Reads HTTP/1.1 requests off a stream for the <see cref="HostileTarget"/>: the head, then a Content-Length body (skipped).</summary>
internal sealed class HttpRequestReader(Stream stream)
{
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;

    /// <summary>Reads one whole request; false when the connection closed first.</summary>
    public async Task<bool> ReadRequestAsync(CancellationToken ct)
    {
        int headEnd;
        while ((headEnd = HeadEnd()) < 0)
        {
            if (_end == _buffer.Length)
            {
                if (_start == 0)
                {
                    throw new IOException("request head larger than the buffer");
                }

                Compact();
            }

            var n = await stream.ReadAsync(_buffer.AsMemory(_end), ct);
            if (n == 0)
            {
                return false;
            }

            _end += n;
        }

        var head = Encoding.ASCII.GetString(_buffer, _start, headEnd - _start);
        _start = headEnd + 4;
        long body = ContentLength(head);
        while (body > 0)
        {
            if (_start == _end)
            {
                _start = _end = 0;
                var n = await stream.ReadAsync(_buffer, ct);
                if (n == 0)
                {
                    return false;
                }

                _end = n;
            }

            var take = (int)Math.Min(body, _end - _start);
            _start += take;
            body -= take;
        }

        return true;
    }

    private int HeadEnd()
    {
        var index = _buffer.AsSpan(_start, _end - _start).IndexOf("\r\n\r\n"u8);
        return index < 0 ? -1 : _start + index;
    }

    private void Compact()
    {
        Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
        _end -= _start;
        _start = 0;
    }

    private static long ContentLength(string head)
    {
        foreach (var line in head.Split("\r\n"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[..colon].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase)
                && long.TryParse(line[(colon + 1)..].Trim(), System.Globalization.CultureInfo.InvariantCulture, out var n))
            {
                return n;
            }
        }

        return 0;
    }
}
