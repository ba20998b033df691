using System.Globalization;
using Harness.Load.Records;
using Harness.Load.Scenarios;

namespace Harness.Load.Thresholds;

/// <summary>
/// One row of the metric table: its name and the other spellings it answers to, its unit, how its
/// value is read from a run's totals, and how the value is shown.
/// </summary>
/// <param name="Kind">The metric.</param>
/// <param name="Name">Its canonical name (<c>p&lt;N&gt;</c> for percentiles).</param>
/// <param name="Aliases">Other names it is read by (<c>avg</c> for mean, <c>throughput</c> for rps).</param>
/// <param name="Unit">Its base unit.</param>
/// <param name="HigherIsWorse">Up is a regression (latencies, error ratios); down is for throughput and the achieved rate.</param>
/// <param name="Extract">The value over totals (with the achieved ratio, null without a target rate), for the metric as parsed; null when there is nothing to judge.</param>
internal sealed record MetricDefinition(
    ThresholdMetricKind Kind,
    string Name,
    IReadOnlyList<string> Aliases,
    MetricUnit Unit,
    bool HigherIsWorse,
    Func<ThresholdMetric, LoadTotals, double?, double?> Extract)
{
    /// <summary>Latencies, ratios and throughput can be compared with a baseline; counts cannot.</summary>
    public bool ComparableWithBaseline => Unit != MetricUnit.Count;

    /// <summary>A value as people read it: 12.345 ms, 0.12%, 480.5/s, 3.</summary>
    public string Format(double value)
    {
        var c = CultureInfo.InvariantCulture;
        return Unit switch
        {
            MetricUnit.Milliseconds => Figure.Text(value) + " ms",
            MetricUnit.Ratio => Figure.Text(value * 100) + "%",
            MetricUnit.PerSecond => value.ToString("0.##", c) + "/s",
            _ => value.ToString("0", c),
        };
    }
}
