using System.Text.Json;

namespace Harness.Load.Scenarios;

/// <summary>
/// Loads scenario files. Unknown properties are errors; every problem is reported at once with
/// its JSON path and, where one helps, a hint. Comments and trailing commas are tolerated.
/// </summary>
public static class ScenarioLoader
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 32,
    };

    /// <summary>Loads the scenario file at <paramref name="path"/>.</summary>
    public static ScenarioLoadResult LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new(null, [new ScenarioProblem("$", $"cannot read '{path}': {e.Message}")], path);
        }
        return Load(json, path);
    }

    /// <summary>Loads a scenario from JSON text; <paramref name="source"/> names it in messages.</summary>
    public static ScenarioLoadResult Load(string json, string source = "scenario")
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, column {e.BytePositionInLine + 1}" : "";
            return new(null, [new ScenarioProblem("$", $"not valid JSON{where}", e.Message)], source);
        }
        using (document)
        {
            var structural = new ProblemList();
            var map = new JsonIndexMap();
            var scenario = ScenarioJsonReader.Read(document.RootElement, structural, map);
            var ranges = new ProblemList();
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                ScenarioValidator.Validate(scenario, ranges);
            }
            // A value already reported as missing or mistyped reads as a placeholder: do not report it twice.
            var problems = structural.Items
                .Concat(ranges.Items
                    .Select(p => p with { Path = map.ToFilePath(p.Path) })
                    .Where(p => !structural.HasProblemAt(p.Path) && !IsInsideReported(structural, p.Path)))
                .ToList();
            return new(problems.Count == 0 ? scenario : null, problems, source);
        }
    }

    private static bool IsInsideReported(ProblemList structural, string path) =>
        structural.Items.Any(p => path.StartsWith(p.Path + ".", StringComparison.Ordinal) || path.StartsWith(p.Path + "[", StringComparison.Ordinal));
}
