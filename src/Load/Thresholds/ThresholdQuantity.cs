using System.Globalization;

namespace Harness.Load.Thresholds;

/// <summary>The right side of a threshold as written: a number and its unit.</summary>
internal sealed record ThresholdQuantity(double Number, ThresholdUnit Unit)
{
    /// <summary>
    /// The number in the metric's base unit: milliseconds for latencies, a ratio (0.01 = 1%)
    /// for rates, requests per second for <c>rps</c>, a plain count otherwise.
    /// </summary>
    public double Normalized => Unit switch
    {
        ThresholdUnit.Microseconds => Number / 1000,
        ThresholdUnit.Seconds => Number * 1000,
        ThresholdUnit.Minutes => Number * 60_000,
        ThresholdUnit.Percent => Number / 100,
        _ => Number,
    };

    public override string ToString() =>
        Number.ToString(CultureInfo.InvariantCulture) + Unit switch
        {
            ThresholdUnit.Microseconds => "us",
            ThresholdUnit.Milliseconds => "ms",
            ThresholdUnit.Seconds => "s",
            ThresholdUnit.Minutes => "m",
            ThresholdUnit.Percent => "%",
            ThresholdUnit.PerSecond => "/s",
            _ => "",
        };
}
