namespace Harness.Reports.Html;

/// <summary>An axis: its label, the data range it spans, and the tick values with their labels.</summary>
internal sealed record ChartAxis(string Label, double Min, double Max, IReadOnlyList<(double Value, string Text)> Ticks)
{
    /// <summary>Ticks at round values from zero to a little above <paramref name="max"/>.</summary>
    public static ChartAxis Linear(string label, double max, Func<double, string> format)
    {
        var top = max <= 0 ? 1 : max;
        var step = NiceStep(top / 5);
        var end = Math.Ceiling(top / step) * step;
        var ticks = new List<(double, string)>();
        for (var v = 0.0; v <= end + step / 2; v += step)
        {
            ticks.Add((v, format(v)));
        }

        return new ChartAxis(label, 0, end, ticks);
    }

    private static double NiceStep(double raw)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var fraction = raw / magnitude;
        return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * magnitude;
    }
}
