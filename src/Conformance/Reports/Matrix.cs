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
                g.Count(c => c.Verdict == Verdict.Pass), g.Count(c => !c.Passed), g.Count(c => c.Verdict == Verdict.Skipped)))
            .ToArray();
}

/// <summary>One cell row of the matrix: how the checks of one field and rule went.</summary>
internal sealed record MatrixRow(string Field, string Rule, int Total, int Passed, int Failed, int Skipped);
