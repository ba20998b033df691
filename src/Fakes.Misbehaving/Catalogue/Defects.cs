using System.Globalization;
using System.Reflection;
using Harness.Contract.Fields;

namespace Harness.Fakes.Misbehaving;

/// <summary>
/// Every defect with the checks a good conformance suite must fail against it, read from the
/// table in <c>Catalogue/Defects.md</c> (one row per defect). Check ids follow the broken-alarm
/// catalogue (<c>field.rule.variant</c>, <c>body.*</c>, <c>key.*</c>) and the suite's derived checks;
/// field-level sets are written as <c>{set}</c> and derived from the field table, not typed out per field.
/// </summary>
public static class Defects
{
    private const string Resource = "Harness.Fakes.Misbehaving.Defects.md";

    // The {set} names a must-fail glob may hold, and the fields each stands for.
    private static readonly Dictionary<string, Func<FieldRule, bool>> FieldSets = new(StringComparer.Ordinal)
    {
        ["{field}"] = _ => true,
        ["{enum}"] = f => f.IsEnum,
        ["{free-text}"] = f => f.Kind == JsonKind.String && !f.IsEnum,
        ["{required-text}"] = f => f.Required && f.Kind == JsonKind.String,
        ["{required-free-text}"] = f => f.Required && f.Kind == JsonKind.String && !f.IsEnum,
    };

    /// <summary>Every defect, in <see cref="Defect"/> order.</summary>
    public static IReadOnlyList<DefectInfo> All { get; } = Read();

    /// <summary>The catalogue entry of a defect.</summary>
    public static DefectInfo For(Defect defect) => All[(int)defect];

    private static DefectInfo[] Read()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The defect table {Resource} is not embedded.");
        using var reader = new StreamReader(stream);
        var rows = reader.ReadToEnd().Split('\n')
            .Where(line => line.StartsWith('|') && !line.StartsWith("|---", StringComparison.Ordinal))
            .Skip(1) // the header
            .Select(Row)
            .OrderBy(info => info.Defect)
            .ToArray();

        var missing = Enum.GetValues<Defect>().Except(rows.Select(r => r.Defect)).ToArray();
        if (missing.Length > 0 || rows.Length != Enum.GetValues<Defect>().Length)
        {
            throw new InvalidOperationException($"The defect table needs one row per defect; missing: {string.Join(", ", missing)}.");
        }

        return rows;
    }

    // | id | verdict | must fail | when expecting | except | what the target does |
    private static DefectInfo Row(string line)
    {
        var cells = line.Trim().Trim('|').Split('|').Select(cell => cell.Trim()).ToArray();
        var id = cells[0];
        var defect = Enum.Parse<Defect>(string.Concat(id.Split('-').Select(word => char.ToUpperInvariant(word[0]) + word[1..])));
        var statuses = List(cells[3]).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var except = List(cells[4]);
        return new DefectInfo(defect, id, cells[5], Enum.Parse<FailureClass>(cells[1]),
            [.. List(cells[2]).SelectMany(ExpandFieldSet)],
            statuses.Length > 0 ? statuses : null,
            except.Length > 0 ? except : null);
    }

    private static string[] List(string cell) =>
        cell.Replace("`", string.Empty, StringComparison.Ordinal)
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static IEnumerable<string> ExpandFieldSet(string glob)
    {
        if (!glob.StartsWith('{'))
        {
            return [glob];
        }

        var set = FieldSets.Keys.FirstOrDefault(name => glob.StartsWith(name, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The defect table names an unknown field set in '{glob}'.");
        return AlarmFields.All.Where(FieldSets[set]).Select(f => f.Name + glob[set.Length..]);
    }
}
