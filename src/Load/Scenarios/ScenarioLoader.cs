using System.Text.Json;
using System.Text.Json.Nodes;
using Harness.Contract.Files;
using Harness.Load.Phases;
using Harness.Load.Thresholds;

namespace Harness.Load.Scenarios;

/// <summary>
/// Loads scenario files. Unknown properties are errors; every problem is reported at once with
/// its JSON path and, where one helps, a hint. Comments and trailing commas are tolerated.
/// </summary>
/// <remarks>
/// The schema finds what is structurally wrong; the document is then patched with placeholders
/// where it was, bound by System.Text.Json, and the semantic validator (the builder's) checks the
/// ranges on the rest. A problem at or under a structural one is not reported twice.
/// </remarks>
internal static class ScenarioLoader
{
    private const string PlaceholderPhase = """{"type": "iterations", "count": 1}""";
    private const string PlaceholderThreshold = "p99 < 1s";

    /// <summary>The largest scenario file read: scenarios are a few KiB; a larger file is a mistake (or /dev/zero).</summary>
    public const long MaxFileBytes = 1024 * 1024;

    /// <summary>Loads the scenario file at <paramref name="path"/>.</summary>
    public static ScenarioLoadResult LoadFile(string path)
    {
        string json;
        try
        {
            json = System.Text.Encoding.UTF8.GetString(UntrustedFile.ReadAtMost(path, MaxFileBytes)).TrimStart('\uFEFF');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return new(null, [new ScenarioProblem("$", $"cannot read '{path}': {e.Message}")], path);
        }

        return Load(json, path);
    }

    /// <summary>Loads a scenario from JSON text; <paramref name="source"/> names it in messages.</summary>
    public static ScenarioLoadResult Load(string json, string source = "scenario")
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, ScenarioJson.DocumentOptions);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, column {e.BytePositionInLine + 1}" : "";
            return new(null, [new ScenarioProblem("$", $"not valid JSON{where}", e.Message)], source);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new(null, [new ScenarioProblem("$", $"must be an object, got {JsonKinds.Describe(root)}")], source);
            }

            var order = new DocumentOrder(root);
            if (order.Repeated.Count > 0)
            {
                return new(null, [.. order.Repeated.Select(p => new ScenarioProblem(new JsonPlace(root, p).Path, "appears more than once"))], source);
            }

            if (OutOfRangeNumbers.Of(root) is { Count: > 0 } huge)
            {
                return new(null, huge, source);
            }

            var structural = SchemaProblems.Of(root);
            structural.AddRange(ThresholdProblems(root));
            structural = [.. structural.OrderBy(p => order.PlaceOf(p.RepairAt))];
            var (scenario, unreadable) = Bind(json, structural);
            var ranges = new ProblemList();
            if (scenario is not null)
            {
                ScenarioValidator.Validate(scenario, ranges);
            }

            var found = new ProblemList();
            foreach (var problem in structural.Select(p => p.Problem).Concat(unreadable))
            {
                found.Add(problem.Path, problem.Message, problem.Hint);
            }

            var problems = found.Items.Concat(ranges.Items.Where(p => !found.Covers(p.Path))).ToList();
            return new(problems.Count == 0 ? scenario : null, problems, source);
        }
    }

    // Patches each structurally wrong value (deepest first, whole phases and thresholds last), then binds.
    private static (Scenario? Scenario, IEnumerable<ScenarioProblem> Unreadable) Bind(string json, List<StructuralProblem> structural)
    {
        var tree = JsonNode.Parse(json, documentOptions: ScenarioJson.DocumentOptions)!.AsObject();
        tree.Remove("$schema");
        var repairs = structural.Select(p => (p.RepairAt, p.Placeholder)).ToList();
        foreach (var problem in structural)
        {
            var segments = problem.RepairAt.Split('/');
            if (segments.Length >= 3 && segments[1] == "phases" && (segments.Length == 3 || segments[3] == "type"))
            {
                repairs.Add(($"/phases/{segments[2]}", JsonNode.Parse(PlaceholderPhase)));
            }
            else if (segments.Length >= 3 && segments[1] == "thresholds")
            {
                repairs.Add(($"/thresholds/{segments[2]}", PlaceholderThreshold));
            }
        }

        foreach (var (at, placeholder) in repairs.OrderByDescending(r => r.RepairAt.Count(c => c == '/')))
        {
            var parent = JsonPlace.Find(tree, JsonPlace.Parent(at));
            var name = at[(at.LastIndexOf('/') + 1)..];
            if (parent is JsonObject o)
            {
                o.Remove(name);
                if (placeholder is not null)
                {
                    o[name] = placeholder.DeepClone();
                }
            }
            else if (parent is JsonArray a && int.TryParse(name, out var i) && i < a.Count)
            {
                a[i] = placeholder?.DeepClone();
            }
        }

        try
        {
            return (tree.Deserialize<Scenario>(ScenarioJson.Options), []);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            // Only what the schema cannot say reaches here (a number too large for its field): name it, nothing else.
            var path = ((e as JsonException)?.Path ?? "$") + (e.InnerException is JsonException { Path: { } inner } ? inner[1..] : "");
            return (null, structural.Count > 0 ? [] : [new ScenarioProblem(path, "cannot be read", e.InnerException?.Message ?? e.Message)]);
        }
    }

    private static IEnumerable<StructuralProblem> ThresholdProblems(JsonElement root)
    {
        if (!root.TryGetProperty("thresholds", out var thresholds) || thresholds.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        var index = 0;
        foreach (var item in thresholds.EnumerateArray())
        {
            var (expression, path) = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("expression", out var inner)
                ? (inner, $"$.thresholds[{index}].expression")
                : (item, $"$.thresholds[{index}]");
            if (expression.ValueKind == JsonValueKind.String && !ThresholdExpression.TryParse(expression.GetString()!, out _, out var error))
            {
                yield return new(new(path, error.Render()), $"/thresholds/{index}", PlaceholderThreshold);
            }

            index++;
        }
    }
}
