namespace Harness.Reports.Html;

/// <summary>One line of a chart: its name in the legend, its colour, and its points in data units.</summary>
internal sealed record ChartSeries(string Name, ChartColor Color, IReadOnlyList<(double X, double Y)> Points, bool Dashed = false);
