using System.Globalization;
using System.Text;

namespace Harness.Load.Records;

/// <summary>timeline.csv: one row per interval, latencies in milliseconds; read back by header name (an added column breaks nothing).</summary>
internal static class TimelineCsv
{
    private static readonly string[] Columns =
        ["elapsed_s", "phase", "warmup", "sent", "completed", "in_flight", "errors", "dropped", "late", "p50_ms", "p90_ms", "p99_ms", "max_ms", "service_p99_ms", "cpu_percent"];

    public static string Write(IReadOnlyList<TimelineRow> rows)
    {
        var text = new StringBuilder(string.Join(',', Columns)).Append('\n');
        foreach (var r in rows)
        {
            text.Append(string.Join(',',
                F(r.ElapsedSeconds), Quoted(r.Phase), r.Warmup ? "true" : "false",
                F(r.Sent), F(r.Completed), F(r.InFlight), F(r.Errors), F(r.Dropped), F(r.Late),
                F(r.ResponseP50Ms), F(r.ResponseP90Ms), F(r.ResponseP99Ms), F(r.ResponseMaxMs), F(r.ServiceP99Ms), F(r.CpuPercent))).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The rows of <paramref name="text"/>; a cell that is not a number is an <see cref="InvalidDataException"/> naming <paramref name="source"/> and the line.</summary>
    public static IReadOnlyList<TimelineRow> Read(string text, string source = TimelineFileName)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();
        if (lines.Length == 0)
        {
            return [];
        }

        var header = lines[0].Split(',');
        var rows = new List<TimelineRow>();
        for (var n = 1; n < lines.Length; n++)
        {
            var cells = Cells(lines[n]);
            string Cell(string name) => Array.IndexOf(header, name) is var i and >= 0 && i < cells.Count ? cells[i] : "0";
            double D(string name) => double.TryParse(Cell(name), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
                ? v : throw new InvalidDataException($"{source} line {n + 1}: {name} '{Cell(name)}' is not a number");
            rows.Add(new TimelineRow(
                D("elapsed_s"), Array.IndexOf(header, "phase") >= 0 ? Cell("phase") : "", Cell("warmup") == "true",
                (long)D("sent"), (long)D("completed"), (long)D("in_flight"), (long)D("errors"), (long)D("dropped"), (long)D("late"),
                D("p50_ms"), D("p90_ms"), D("p99_ms"), D("max_ms"), D("service_p99_ms"), D("cpu_percent")));
        }

        return rows;
    }

    private const string TimelineFileName = "timeline.csv";

    private static string F(double value) => Figure.Text(value);

    private static string F(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Quoted(string text) =>
        text.AsSpan().IndexOfAny(",\"\n") >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;

    // Only the phase name can be quoted (with doubled quotes inside).
    private static List<string> Cells(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }
}
