using HdrHistogram;
using HdrHistogram.Utilities;

namespace Harness.Telemetry;

/// <summary>
/// HDR histograms as text (run.json, <c>/_fake/stats</c>): the standard compressed encoding in
/// base64, so they can be decoded, added, subtracted and compared later without loss.
/// </summary>
public static class HistogramText
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

    /// <summary>Throws <see cref="FormatException"/> (bad base64) or others for a corrupt encoding: callers reading untrusted text catch.</summary>
    public static HistogramBase Decode(string base64)
    {
        ArgumentNullException.ThrowIfNull(base64);
        return HistogramEncoding.DecodeFromCompressedByteBuffer(ByteBuffer.Allocate(Convert.FromBase64String(base64)), 0);
    }

    /// <summary>
    /// What <paramref name="after"/> recorded since <paramref name="before"/> was taken (both of one
    /// recorder that only grew): the receiver's histogram over one run, read before and after it.
    /// </summary>
    public static LongHistogram Difference(HistogramBase after, HistogramBase? before)
    {
        ArgumentNullException.ThrowIfNull(after);
        var difference = new LongHistogram(after.LowestTrackableValue, after.HighestTrackableValue, after.NumberOfSignificantValueDigits);
        foreach (var step in after.RecordedValues())
        {
            var count = step.CountAtValueIteratedTo - (before?.GetCountAtValue(step.ValueIteratedTo) ?? 0);
            if (count > 0)
            {
                difference.RecordValueWithCount(step.ValueIteratedTo, count);
            }
        }

        return difference;
    }
}
