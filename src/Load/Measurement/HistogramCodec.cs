using HdrHistogram;

namespace Harness.Load.Measurement;

/// <summary>
/// HDR histograms as text for run.json: the standard compressed encoding in base64, so runs (and
/// shards of a run) can be decoded, added and compared later without loss.
/// </summary>
internal static class HistogramCodec
{
    public static string Encode(HistogramBase histogram) => Harness.Telemetry.HistogramText.Encode(histogram);

    public static HistogramBase Decode(string base64) => Harness.Telemetry.HistogramText.Decode(base64);
}
