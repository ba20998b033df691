namespace Harness.Reports.Html;

/// <summary>The report's inline style sheet: readable on a laptop, clean on paper (no script, no web fonts).</summary>
internal static class ReportStyle
{
    public const string Css = """
        :root { --fg:#1d1d1f; --muted:#5f6368; --line:#d9dce1; --pass:#1e7e34; --fail:#b3261e; --warn:#8a5a00; --bg:#f6f7f9; }
        * { box-sizing: border-box; }
        body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: var(--fg); margin: 0; background: #fff; }
        main { max-width: 1100px; margin: 0 auto; padding: 24px 28px 48px; }
        h1 { font-size: 1.6em; margin: 0 0 4px; }
        h2 { font-size: 1.2em; margin: 28px 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
        .sub { color: var(--muted); margin: 0 0 16px; }
        .banner { padding: 14px 18px; border-radius: 8px; font-size: 1.25em; font-weight: 700; color: #fff; margin: 12px 0 8px; }
        .banner.pass { background: var(--pass); color: #fff; } .banner.fail { background: var(--fail); color: #fff; } .banner.warn { background: var(--warn); color: #fff; }
        .banner small { display: block; font-size: .7em; font-weight: 400; opacity: .95; }
        .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(145px, 1fr)); gap: 10px; margin: 14px 0; }
        .card { background: var(--bg); border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; }
        .card .v { font-size: 1.25em; white-space: nowrap; font-weight: 700; font-variant-numeric: tabular-nums; }
        .card .k { color: var(--muted); font-size: .85em; }
        table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; font-variant-numeric: tabular-nums; }
        th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { background: var(--bg); font-weight: 600; }
        td.n, th.n { text-align: right; }
        .inputs th { width: 180px; }
        .pass { color: var(--pass); font-weight: 600; } .fail { color: var(--fail); font-weight: 700; } .na { color: var(--muted); }
        .bar { background: #e7ecf3; border-radius: 3px; height: 10px; min-width: 60px; }
        .bar i { display: block; height: 10px; border-radius: 3px; background: #1f77b4; }
        .figure { margin: 10px 0 18px; break-inside: avoid; }
        .chart { width: 100%; height: auto; display: block; background: #fff; }
        .chart .grid { stroke: #eceff3; } .chart .frame { fill: none; stroke: #aab1bb; }
        .chart .tick { font-size: 11px; fill: #5f6368; } .chart .axis { font-size: 12px; fill: #3c4043; }
        figcaption { color: var(--muted); font-size: .9em; margin-top: 4px; }
        figcaption b { color: var(--fg); margin-right: 10px; }
        .key { margin-right: 12px; white-space: nowrap; }
        .key i { display: inline-block; width: 18px; height: 0; border-top: 3px solid; margin-right: 5px; vertical-align: middle; }
        .key i.dashed { border-top-style: dashed; }
        .cols { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 18px; align-items: start; }
        ul.notes li { margin-bottom: 4px; } code { font-size: .92em; background: var(--bg); padding: 0 3px; border-radius: 3px; }
        footer { margin-top: 32px; color: var(--muted); font-size: .85em; }
        @media print {
          body { font-size: 11pt; } main { max-width: none; padding: 0; }
          .banner { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          h2 { break-after: avoid; } table, .card, .figure { break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
        }
        """;
}
