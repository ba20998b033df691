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

    /// <summary>More rows than any run writes (11.5 days of one-second intervals): a longer file is refused, not held in memory.</summary>
    public const int MaxRows = 1_000_000;

    /// <summary>The rows of <paramref name="text"/>; see <see cref="Read(TextReader, string)"/>.</summary>
    public static IReadOnlyList<TimelineRow> Read(string text, string source = TimelineFileName) => Read(new StringReader(text), source);

    /// <summary>
    /// The rows read line by line from <paramref name="reader"/>. The file may come from anywhere, so every
    /// cell is checked before a merge adds it or a chart draws it: counts whole numbers from 0 to
    /// <see cref="LoadTotalsCheck.MaxCount"/>, times and latencies finite and non-negative, rows in time
    /// order, at most <see cref="MaxRows"/>. A problem is an <see cref="InvalidDataException"/> naming
    /// <paramref name="source"/>, the line and the column.
    /// </summary>
    public static IReadOnlyList<TimelineRow> Read(TextReader reader, string source = TimelineFileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        Dictionary<string, int>? columns = null;
        var rows = new List<TimelineRow>();
        var n = 0;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            n++;
            if (line.Length == 0)
            {
                continue;
            }

            if (columns is null)
            {
                // Each column's place, found once for the file (the first of a repeated name, as before).
                columns = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var (name, place) in line.Split(',').Select((name, place) => (name, place)))
                {
                    columns.TryAdd(name, place);
                }

                continue;
            }

            if (rows.Count == MaxRows)
            {
                throw new InvalidDataException($"{source}: more than {MaxRows} rows, more than any run writes");
            }

            var row = Row(columns, Cells(line), source, n);
            if (rows.Count > 0 && row.ElapsedSeconds < rows[^1].ElapsedSeconds)
            {
                throw new InvalidDataException($"{source} line {n}: elapsed_s {Figure.Text(row.ElapsedSeconds)} comes before the row above it ({Figure.Text(rows[^1].ElapsedSeconds)})");
            }

            rows.Add(row);
        }

        return rows;
    }

    private static TimelineRow Row(Dictionary<string, int> columns, List<string> cells, string source, int n)
    {
        string Cell(string name) => columns.TryGetValue(name, out var i) && i < cells.Count ? cells[i] : "0";
        double D(string name)
        {
            var text = Cell(name);
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) && v >= 0
                ? v : throw new InvalidDataException($"{source} line {n}: {name} '{Harness.Contract.ConsoleText.Clean(Clip(text))}' is not a finite, non-negative number");
        }

        long L(string name)
        {
            var v = D(name);
            return v <= LoadTotalsCheck.MaxCount && v == Math.Floor(v)
                ? (long)v : throw new InvalidDataException($"{source} line {n}: {name} '{Harness.Contract.ConsoleText.Clean(Clip(Cell(name)))}' is not a count (a whole number from 0 to {LoadTotalsCheck.MaxCount})");
        }

        return new TimelineRow(
            D("elapsed_s"), columns.ContainsKey("phase") ? Cell("phase") : "", Cell("warmup") == "true",
            L("sent"), L("completed"), L("in_flight"), L("errors"), L("dropped"), L("late"),
            D("p50_ms"), D("p90_ms"), D("p99_ms"), D("max_ms"), D("service_p99_ms"), D("cpu_percent"));
    }

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "...";

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
