using System.Globalization;
using Harness.Load.Results;

namespace Harness.Reports.Documents;

/// <summary>Reads timeline.csv back by its header names (so an added column does not break old reports).</summary>
internal static class TimelineReader
{
    public static IReadOnlyList<TimelineRow> Read(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        var lines = File.ReadAllLines(path);
        if (lines.Length == 0)
        {
            return [];
        }

        var header = lines[0].Split(',');
        int At(string name) => Array.IndexOf(header, name);
        var rows = new List<TimelineRow>();
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var cells = Split(line);
            double D(string name) => At(name) is var i and >= 0 && i < cells.Count
                && double.TryParse(cells[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0;
            long L(string name) => (long)D(name);
            rows.Add(new TimelineRow(
                D("elapsed_s"), At("phase") is var p and >= 0 && p < cells.Count ? cells[p] : "", At("warmup") is var w and >= 0 && w < cells.Count && cells[w] == "true",
                L("sent"), L("completed"), L("in_flight"), L("errors"), L("dropped"), L("late"),
                D("p50_ms"), D("p90_ms"), D("p99_ms"), D("max_ms"), D("service_p99_ms"), D("cpu_percent")));
        }

        return rows;
    }

    // Only the phase name can be quoted (RunWriter quotes text holding commas or quotes).
    private static List<string> Split(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
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
