using System.Globalization;
using Harness.Load.Results;

namespace Harness.Load.Merging;

/// <summary>Reads timeline.csv (as <see cref="Output.RunWriter.TimelineCsv"/> writes it) back into rows.</summary>
internal static class TimelineCsvReader
{
    private const int Columns = 15;

    public static IReadOnlyList<TimelineRow> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rows = new List<TimelineRow>();
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var line in lines.Skip(1))
        {
            var f = Fields(line.TrimEnd('\r'));
            if (f.Count != Columns)
            {
                throw new FormatException($"timeline.csv: a row has {f.Count} fields, expected {Columns}: {line}");
            }

            rows.Add(new TimelineRow(
                D(f[0]), f[1], f[2] == "true", L(f[3]), L(f[4]), L(f[5]), L(f[6]), L(f[7]), L(f[8]),
                D(f[9]), D(f[10]), D(f[11]), D(f[12]), D(f[13]), D(f[14])));
        }

        return rows;
    }

    // Only the phase name may be quoted (with doubled quotes inside).
    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var i = 0;
        while (i <= line.Length)
        {
            if (i < line.Length && line[i] == '"')
            {
                var value = new System.Text.StringBuilder();
                i++;
                while (i < line.Length && !(line[i] == '"' && (i + 1 >= line.Length || line[i + 1] != '"')))
                {
                    value.Append(line[i]);
                    i += line[i] == '"' ? 2 : 1;
                }

                fields.Add(value.ToString());
                i += 2;
            }
            else
            {
                var comma = line.IndexOf(',', i);
                var end = comma < 0 ? line.Length : comma;
                fields.Add(line[i..end]);
                i = end + 1;
            }
        }

        return fields;
    }

    private static double D(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static long L(string s) => long.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture);
}
