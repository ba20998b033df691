using Harness.Telemetry;
using HdrHistogram;

namespace Harness.Load.Tests.Telemetry;

/// <summary>The shared pieces: the text format, bucket counting from HDR, histogram differences.</summary>
public sealed class TelemetryFormatTests
{
    [Fact]
    public void Sample_LabelValueWithQuotesBackslashesAndNewlines_IsEscaped()
    {
        var text = new PrometheusText([KeyValuePair.Create("run_id", "a\"b\\c\nd\u0001")]);

        text.Sample("x_total", 3);

        Assert.Equal("x_total{run_id=\"a\\\"b\\\\c\\nd\"} 3\n", text.ToString());
    }

    [Fact]
    public void Add_HdrValuesAroundABound_EachLandsInItsBucket()
    {
        var buckets = LatencyBuckets.With([123_000]);
        var counts = new BucketCounts(buckets);
        var histogram = new LongHistogram(1, 3_600_000_000, 3);
        histogram.RecordValueWithCount(122_000, 3);
        histogram.RecordValueWithCount(124_000, 2);
        histogram.RecordValue(90_000_000);

        counts.Add(histogram);

        var cumulative = counts.Cumulative();
        var le123 = buckets.IndexOf(123_000);
        Assert.Equal(123_000, buckets.Bounds[le123]);
        Assert.Equal(3, cumulative[le123]);
        Assert.Equal(5, cumulative[le123 + 1]);
        Assert.Equal(5, cumulative[^2]);
        Assert.Equal(6, cumulative[^1]);
        Assert.Equal(6, counts.Count);
    }

    [Fact]
    public void Difference_AfterMinusBefore_KeepsOnlyTheNewValues()
    {
        var recorder = new LongHistogram(1, 3_600_000_000, 3);
        recorder.RecordValueWithCount(1_000, 5);
        var before = HistogramText.Decode(HistogramText.Encode(recorder));
        recorder.RecordValueWithCount(1_000, 2);
        recorder.RecordValue(40_000);

        var difference = HistogramText.Difference(recorder, before);

        Assert.Equal(3, difference.TotalCount);
        Assert.Equal(2, difference.GetCountAtValue(1_000));
        Assert.Equal(1, difference.GetCountAtValue(40_000));
        Assert.Equal(8, HistogramText.Difference(recorder, null).TotalCount);
    }
}
