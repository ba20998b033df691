using HdrHistogram;

namespace Harness.Load.Measurement;

/// <summary>
/// One latency (response, service or failed time) recorded per lane and read as one: each interval takes every
/// lane's interval histogram and adds them into one. Only the interval tick reads it (under the sampler's lock).
/// </summary>
internal sealed class MergedRecorder(Func<MetricLane, Recorder> recorderOf, Func<MetricLane[]> lanes)
{
    // A lane's recorder only takes back a histogram it handed out, so each lane keeps its own to recycle.
    private readonly Dictionary<MetricLane, HistogramBase> _recycle = [];

    /// <summary>Everything recorded since the last call, in <paramref name="recycle"/> when given (as HdrHistogram's recorder does).</summary>
    public HistogramBase GetIntervalHistogram(HistogramBase? recycle)
    {
        var merged = recycle ?? LatencyHistograms.Create();
        merged.Reset();
        lock (_recycle)
        {
            foreach (var lane in lanes())
            {
                var interval = recorderOf(lane).GetIntervalHistogram(_recycle.GetValueOrDefault(lane));
                _recycle[lane] = interval;
                merged.Add(interval);
            }
        }

        return merged;
    }
}
