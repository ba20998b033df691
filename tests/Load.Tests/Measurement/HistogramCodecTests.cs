using Harness.Load.Measurement;

namespace Harness.Load.Tests.Measurement;

public class HistogramCodecTests
{
    [Fact]
    public void Decode_EncodedHistogram_KeepsEveryCount()
    {
        var histogram = LatencyHistograms.Create();
        var random = new Random(5);
        for (var i = 0; i < 10_000; i++)
        {
            histogram.RecordValue(1 + random.Next(2_000_000));
        }

        histogram.RecordValue(LatencyHistograms.Highest);

        var decoded = HistogramCodec.Decode(HistogramCodec.Encode(histogram));

        Assert.Equal(histogram.TotalCount, decoded.TotalCount);
        foreach (var p in new[] { 50.0, 90, 99, 99.9, 100 })
        {
            Assert.Equal(histogram.GetValueAtPercentile(p), decoded.GetValueAtPercentile(p));
        }
    }

    [Fact]
    public void Decode_TwoRuns_CanBeAdded()
    {
        var a = LatencyHistograms.Create();
        var b = LatencyHistograms.Create();
        a.RecordValue(1_000);
        b.RecordValue(9_000);

        var merged = HistogramCodec.Decode(HistogramCodec.Encode(a));
        merged.Add(HistogramCodec.Decode(HistogramCodec.Encode(b)));

        Assert.Equal(2, merged.TotalCount);
        Assert.InRange(merged.GetValueAtPercentile(100), 8_990, 9_010);
    }
}
