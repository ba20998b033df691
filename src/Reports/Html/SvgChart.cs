using System.Globalization;
using System.Text;

namespace Harness.Reports.Html;

/// <summary>
/// Line charts as inline SVG, drawn here so the report needs no script, no CDN and no network:
/// it opens from disk, from a CI artifact and on paper alike.
/// </summary>
internal static class SvgChart
{
    private const double Width = 760, Height = 280;

    // The plot area's edges inside the drawing: the margins hold the tick labels and the axis titles.
    private const double PlotLeft = 64, PlotRight = Width - 16, PlotTop = 16, PlotBottom = Height - 48;
    private const double PlotWidth = PlotRight - PlotLeft, PlotHeight = PlotBottom - PlotTop;

    public static string Render(string id, string title, ChartAxis x, ChartAxis y, IReadOnlyList<ChartSeries> series)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg id=\"{id}\" class=\"chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{Html.E(title)}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{Html.E(title)}</title>");
        foreach (var (value, text) in y.Ticks)
        {
            var py = Py(y, value);
            svg.Append(CultureInfo.InvariantCulture,
                $"<line class=\"grid\" x1=\"{PlotLeft}\" x2=\"{PlotRight}\" y1=\"{N(py)}\" y2=\"{N(py)}\"/><text class=\"tick\" x=\"{PlotLeft - 6}\" y=\"{N(py + 4)}\" text-anchor=\"end\">{Html.E(text)}</text>");
        }

        foreach (var (value, text) in x.Ticks)
        {
            var px = Px(x, value);
            svg.Append(CultureInfo.InvariantCulture,
                $"<line class=\"grid\" x1=\"{N(px)}\" x2=\"{N(px)}\" y1=\"{PlotTop}\" y2=\"{PlotBottom}\"/><text class=\"tick\" x=\"{N(px)}\" y=\"{PlotBottom + 16}\" text-anchor=\"middle\">{Html.E(text)}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture,
            $"<rect class=\"frame\" x=\"{PlotLeft}\" y=\"{PlotTop}\" width=\"{PlotWidth}\" height=\"{PlotHeight}\"/>");
        svg.Append(CultureInfo.InvariantCulture,
            $"<text class=\"axis\" x=\"{N(PlotLeft + PlotWidth / 2)}\" y=\"{Height - 8}\" text-anchor=\"middle\">{Html.E(x.Label)}</text>");
        svg.Append(CultureInfo.InvariantCulture,
            $"<text class=\"axis\" transform=\"translate(14 {N(PlotTop + PlotHeight / 2)}) rotate(-90)\" text-anchor=\"middle\">{Html.E(y.Label)}</text>");
        foreach (var s in series.Where(s => s.Points.Count > 0))
        {
            var points = string.Join(' ', s.Points.Select(p => $"{N(Px(x, p.X))},{N(Py(y, p.Y))}"));
            svg.Append(CultureInfo.InvariantCulture,
                $"<polyline class=\"series\" data-series=\"{Html.E(s.Name)}\" fill=\"none\" stroke=\"{Css(s.Color)}\" stroke-width=\"2\"{(s.Dashed ? " stroke-dasharray=\"6 4\"" : "")} points=\"{points}\"><title>{Html.E(s.Name)}</title></polyline>");
            if (s.Points.Count == 1)
            {
                var p = s.Points[0];
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{N(Px(x, p.X))}\" cy=\"{N(Py(y, p.Y))}\" r=\"3\" fill=\"{Css(s.Color)}\"/>");
            }
        }

        svg.Append("</svg>");
        var legend = string.Join("", series.Select(s =>
            $"<span class=\"key\"><i style=\"border-color:{Css(s.Color)}\"{(s.Dashed ? " class=\"dashed\"" : "")}></i>{Html.E(s.Name)}</span>"));
        return $"<figure class=\"figure\">{svg}<figcaption><b>{Html.E(title)}</b> {legend}</figcaption></figure>";
    }

    private static string Css(ChartColor color) => color switch
    {
        ChartColor.Blue => "#1f77b4",
        ChartColor.Orange => "#d9730d",
        ChartColor.Green => "#2a9d3a",
        ChartColor.Red => "#c62828",
        ChartColor.Grey => "#6b6b6b",
        _ => throw new ArgumentOutOfRangeException(nameof(color), color, null),
    };

    private static double Px(ChartAxis x, double value) =>
        PlotLeft + (Clamp(value, x) - x.Min) / Span(x) * PlotWidth;

    private static double Py(ChartAxis y, double value) =>
        PlotBottom - (Clamp(value, y) - y.Min) / Span(y) * PlotHeight;

    private static double Clamp(double value, ChartAxis axis) => Math.Clamp(value, axis.Min, axis.Max);

    private static double Span(ChartAxis axis) => axis.Max - axis.Min <= 0 ? 1 : axis.Max - axis.Min;

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
