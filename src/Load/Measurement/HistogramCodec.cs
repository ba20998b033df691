using HdrHistogram;
using HdrHistogram.Utilities;

namespace Harness.Load.Measurement;

/// <summary>
/// HDR histograms as text for run.json: the standard compressed encoding in base64, so runs (and
/// shards of a run) can be decoded, added and compared later without loss.
/// </summary>
public static class HistogramCodec
{
    public static string Encode(HistogramBase histogram)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        var buffer = ByteBuffer.Allocate(histogram.GetNeededByteBufferCapacity());
        var length = histogram.EncodeIntoCompressedByteBuffer(buffer);
        // The buffer's own array is not public in this package version: read the encoded bytes back.
        buffer.Position = 0;
        var bytes = new byte[length];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = buffer.Get();
        }

        return Convert.ToBase64String(bytes);
    }

    public static HistogramBase Decode(string base64)
    {
        ArgumentNullException.ThrowIfNull(base64);
        return HistogramEncoding.DecodeFromCompressedByteBuffer(ByteBuffer.Allocate(Convert.FromBase64String(base64)), 0);
    }
}
