namespace Harness.Conformance.Reports;

/// <summary>The field x rule view of a run that the console, summary.md and report.html share.</summary>
internal static class Matrix
{
    public static IReadOnlyList<MatrixRow> Rows(ConformanceRun run) =>
        run.Checks
            .GroupBy(c => (Field: c.Subject, c.Rule))
            .OrderBy(g => g.Key.Field.StartsWith('(') ? 1 : 0)
            .ThenBy(g => g.Key.Field, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Rule, StringComparer.Ordinal)
            .Select(g => new MatrixRow(g.Key.Field, g.Key.Rule, g.Count(),
                g.Count(c => c.Standing == Standing.Conforms), g.Count(c => !c.Passed), g.Count(c => c.Verdict == Verdict.Skipped))
            {
                Violations = g.Count(c => c.Standing == Standing.Violation),
                Deviations = g.Count(c => c.Standing == Standing.Deviation),
                NotPinned = g.Count(c => c.Standing == Standing.Finding),
                Basis = string.Join("/", g.Select(c => BasisName(c.Basis)).Distinct()),
            })
            .ToArray();

    public static string BasisName(CheckBasis basis) => basis switch
    {
        CheckBasis.Contract => "contract",
        CheckBasis.OpenPoint => "open point",
        _ => "not pinned",
    };
}

/// <summary>One cell row of the matrix: how the checks of one field and rule went.</summary>
internal sealed record MatrixRow(string Field, string Rule, int Total, int Passed, int Failed, int Skipped)
{
    public int Violations { get; init; }

    public int Deviations { get; init; }

    public int NotPinned { get; init; }

    public string Basis { get; init; } = "";
}
