using System.Globalization;
using System.Text;

namespace Harness.Conformance.Reports;

/// <summary>
/// The rule x field matrix of report.html: rules down the side, fields across with vertical
/// headings, so the grid fits a 1280 px window (and scrolls inside its own box when it cannot).
/// </summary>
internal static class HtmlMatrix
{
    public static void Render(StringBuilder html, ConformanceRun run)
    {
        var rows = Matrix.Rows(run);
        var fields = rows.Select(r => r.Field).Distinct().ToArray();
        var rules = rows.Select(r => r.Rule).Distinct().Order(StringComparer.Ordinal).ToArray();
        html.Append("<h2>Checks by rule and field</h2><p><small>Cells: conforming / checks; ")
            .Append("<span class=\"bad\">red</span> a failure, <span class=\"dev\">yellow</span> a deviation listed without failing, ")
            .Append("<span class=\"note\">blue</span> a finding on an unpinned point.</small></p>");
        html.Append("<div class=\"matrix\"><table><thead><tr><th>rule \\ field</th><th>basis</th>");
        foreach (var field in fields)
        {
            html.Append("<th>").Append(HtmlReport.E(field)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var rule in rules)
        {
            var basis = string.Join(" / ", rows.Where(r => r.Rule == rule).SelectMany(r => r.Basis.Split('/')).Distinct().Order(StringComparer.Ordinal));
            html.Append("<tr><th>").Append(HtmlReport.E(rule)).Append("</th><td>").Append(HtmlReport.E(basis)).Append("</td>");
            foreach (var field in fields)
            {
                var cell = rows.FirstOrDefault(r => r.Field == field && r.Rule == rule);
                html.Append(CultureInfo.InvariantCulture, $"<td class=\"{Css(cell)}\">{(cell is null ? "" : Text(cell))}</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table></div>");
    }

    private static string Css(MatrixRow? cell) => cell switch
    {
        null => "",
        { Failed: > 0 } => "bad",
        { Deviations: > 0 } => "dev",
        { NotPinned: > 0 } => "note",
        { Passed: > 0 } => "ok",
        _ => "skip",
    };

    private static string Text(MatrixRow cell) =>
        cell.Skipped == cell.Total ? "skip" : string.Create(CultureInfo.InvariantCulture, $"{cell.Passed}/{cell.Total - cell.Skipped}");
}
