using HdrHistogram;

namespace Harness.Reports.Documents;

/// <summary>The decoded latency histograms of a run (microseconds): every percentile is read from these, never from the rounded figures.</summary>
internal sealed record HistogramPair(HistogramBase Response, HistogramBase Service)
{
    public HistogramBase For(Harness.Load.Scenarios.LatencyMeasure measure) =>
        measure == Harness.Load.Scenarios.LatencyMeasure.Service ? Service : Response;
}
