using System.IO.Compression;

namespace Harness.Conformance.Running;

/// <summary>
/// Undoes a Content-Encoding the user asked for (<c>--header 'Accept-Encoding: gzip'</c>) so the
/// envelope is judged, not its compressed bytes. Decoded size is capped: a target is hostile until proven otherwise.
/// </summary>
internal static class ContentDecoding
{
    /// <summary>The most a decoded answer may hold: as much as is kept of any answer.</summary>
    public const int MaxDecodedBytes = BoundedBody.KeptBytes;

    /// <summary>Decodes <paramref name="body"/> in place; false (with why) for an encoding it cannot undo or a body that does not decode.</summary>
    public static bool TryDecode(ICollection<string> encodings, ref byte[] body, out string problem)
    {
        problem = "";
        // Encodings are listed in the order applied: undo them from the last.
        foreach (var encoding in encodings.Reverse().Select(e => e.Trim().ToLowerInvariant()))
        {
            if (encoding is "identity" or "")
            {
                continue;
            }

            try
            {
                using var input = new MemoryStream(body);
                using Stream decoder = encoding switch
                {
                    "gzip" or "x-gzip" => new GZipStream(input, CompressionMode.Decompress),
                    "deflate" => new ZLibStream(input, CompressionMode.Decompress),
                    "br" => new BrotliStream(input, CompressionMode.Decompress),
                    _ => throw new NotSupportedException(),
                };
                body = ReadCapped(decoder);
            }
            catch (NotSupportedException)
            {
                problem = $"the answer is compressed ({encoding}), which the harness cannot decode; leave Accept-Encoding out of --header";
                return false;
            }
            catch (InvalidDataException ex)
            {
                problem = $"the answer says Content-Encoding: {encoding} but does not decode ({ex.Message})";
                return false;
            }
        }

        return true;
    }

    private static byte[] ReadCapped(Stream decoder)
    {
        using var output = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int n;
        while ((n = decoder.Read(buffer)) > 0)
        {
            if (output.Length + n > MaxDecodedBytes)
            {
                throw new InvalidDataException($"it decodes to more than {MaxDecodedBytes} bytes");
            }

            output.Write(buffer, 0, n);
        }

        return output.ToArray();
    }
}
