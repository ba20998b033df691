using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Harness.Contract.Text;
using Json.Schema;

namespace Harness.Load.Scenarios;

/// <summary>
/// Turns the schema's verdict on a document into problems worded for people: unknown properties with a
/// "did you mean", missing ones, wrong types and spellings, each at its path. Range keywords (minimum,
/// pattern of a name, ...) are left to the semantic validator, which says the same with the limit and a hint.
/// </summary>
internal static class SchemaProblems
{
    private static readonly Lock EvaluationLock = new();

    internal static List<StructuralProblem> Of(JsonElement root)
    {
        EvaluationResults result;
        // One evaluation at a time: JsonSchema.Net 7 builds its per-schema caches during an evaluation, and two
        // at once on the shared schema were seen to lose errors (a scenario would then load as if it were valid).
        lock (EvaluationLock)
        {
            result = ScenarioJson.Schema.Evaluate(root, new EvaluationOptions { OutputFormat = OutputFormat.List });
        }

        var problems = new List<StructuralProblem>();
        foreach (var detail in result.Details ?? [])
        {
            // An "if" only chooses; "oneOf"/"not" (a warm-up's rate or users) are rules the semantic validator words better.
            var evaluationPath = detail.EvaluationPath.ToString();
            if (detail.Errors is null || evaluationPath.Split('/').Intersect(["if", "oneOf", "not"], StringComparer.Ordinal).Any())
            {
                continue;
            }

            var at = new JsonPlace(root, detail.InstanceLocation.ToString());
            var schemaPointer = detail.SchemaLocation.Fragment.TrimStart('#');
            foreach (var keyword in detail.Errors.Keys)
            {
                problems.AddRange(Describe(keyword, evaluationPath, at, schemaPointer));
            }
        }

        return [.. problems.DistinctBy(p => p.Problem.Path)];
    }

    private static IEnumerable<StructuralProblem> Describe(string keyword, string evaluationPath, JsonPlace at, string schemaPointer)
    {
        var schema = JsonPlace.Schema(schemaPointer);
        switch (keyword)
        {
            case "" when evaluationPath.EndsWith("/additionalProperties", StringComparison.Ordinal):
                var owner = JsonPlace.Schema(schemaPointer[..schemaPointer.IndexOf("/additionalProperties", StringComparison.Ordinal)]);
                yield return new(new(at.Path, "unknown property", UnknownHint(at.Name, owner, schemaPointer)), at.Pointer, null);
                break;
            case "required":
                var present = at.Element.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
                foreach (var name in schema?["required"]?.AsArray().Select(n => n!.GetValue<string>()).Where(n => !present.Contains(n)) ?? [])
                {
                    yield return new(new(at.Path + "." + name, "is required"), at.Pointer + "/" + name, Placeholder(schema!["properties"]?[name]));
                }

                break;
            case "type":
                yield return new(TypeProblem(at, schema, schemaPointer), at.Pointer, Placeholder(schema, schemaPointer));
                break;
            case "enum":
                yield return new(EnumProblem(at, schema), at.Pointer, null);
                break;
            case "pattern" when schemaPointer == "/$defs/duration":
                DurationText.TryParse(at.Element.GetString(), out _, out var error);
                yield return new(new(at.Path, error ?? "is not a duration", "e.g. \"30s\", \"2m\", \"500ms\", \"1h\", \"1m30s\""), at.Pointer, "0s");
                break;
        }
    }

    private static ScenarioProblem TypeProblem(JsonPlace at, JsonObject? schema, string schemaPointer)
    {
        var value = at.Element;
        var got = JsonKinds.Describe(value);
        if (schemaPointer == "/$defs/duration" && value.ValueKind == JsonValueKind.Number)
        {
            return new(at.Path, "must be a duration string", $"write \"{value.GetRawText()}s\" or \"{value.GetRawText()}ms\"");
        }

        return schema?["type"]?.GetValue<string>() switch
        {
            "integer" when value.ValueKind == JsonValueKind.Number =>
                new(at.Path, $"must be a whole number, got {value.GetRawText()}"),
            "integer" or "number" => new(at.Path, $"must be a number, got {got}",
                value.ValueKind == JsonValueKind.String && double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? "remove the quotes" : null),
            "boolean" => new(at.Path, $"must be true or false, got {got}"),
            "array" when at.Name == "phases" => new(at.Path, $"must be an array of phases, got {got}"),
            "array" => new(at.Path, $"must be an array, got {got}", "e.g. [\"p99 < 250ms\", \"error_rate < 0.1%\"]"),
            "object" when schemaPointer == "/$defs/phase" => new(at.Path, $"must be a phase object, got {got}"),
            "object" when schemaPointer == "/$defs/threshold" => new(at.Path, $"must be a string or an object, got {got}",
                "e.g. \"p99 < 250ms\" or {\"expression\": \"p99 < 250ms\", \"abortOnFail\": true}"),
            var type => new(at.Path, $"must be {(type == "object" ? "an object" : "a " + type)}, got {got}"),
        };
    }

    private static ScenarioProblem EnumProblem(JsonPlace at, JsonObject? schema)
    {
        var allowed = schema?["enum"]?.AsArray().Select(n => n!.GetValue<string>()).ToList() ?? [];
        if (at.Element.ValueKind != JsonValueKind.String)
        {
            return new(at.Path, "must be a string", $"write \"{at.Element.GetRawText()}\"");
        }

        var text = at.Element.GetString()!;
        return at.Name == "type" && at.Path.StartsWith("$.phases[", StringComparison.Ordinal)
            ? new(at.Path, $"unknown phase type '{text}'", NearMiss.Hint(text, allowed) ?? "one of: " + string.Join(", ", allowed))
            : new(at.Path, $"'{text}' is not one of {string.Join(", ", allowed.Select(a => $"\"{a}\""))}", NearMiss.Hint(text, allowed));
    }

    private static string UnknownHint(string name, JsonObject? owner, string schemaPointer)
    {
        var known = owner?["properties"]?.AsObject().Select(p => p.Key).ToList() ?? [];
        if (NearMiss.Hint(name, known) is { } hint)
        {
            return hint;
        }

        // "users" on a constant-rate phase: say which phase types take it.
        const string PhasePrefix = "/$defs/phase-";
        if (schemaPointer.StartsWith(PhasePrefix, StringComparison.Ordinal))
        {
            var type = schemaPointer[PhasePrefix.Length..schemaPointer.IndexOf('/', PhasePrefix.Length)];
            var owners = JsonPlace.Schema("/$defs")!.Where(d => d.Key.StartsWith("phase-", StringComparison.Ordinal) && d.Key != "phase-" + type
                                                               && d.Value?["properties"]?[name] is not null).Select(d => d.Key["phase-".Length..]).ToList();
            if (owners.Count > 0)
            {
                return $"'{name}' belongs to {string.Join(", ", owners)} phases, not {type}";
            }
        }

        return "allowed: " + string.Join(", ", known);
    }

    /// <summary>A neutral value of the kind <paramref name="schema"/> describes, or null when the property can simply go.</summary>
    private static JsonNode? Placeholder(JsonNode? schema, string? schemaPointer = null)
    {
        var reference = schema?["$ref"]?.GetValue<string>();
        if (reference == "#/$defs/duration" || schemaPointer == "/$defs/duration")
        {
            return "0s";
        }

        var type = reference is not null ? JsonPlace.Schema(reference.TrimStart('#'))?["type"] : schema?["type"];
        return type?.GetValue<string>() switch
        {
            "integer" or "number" => 0,
            "string" => "",
            "boolean" => false,
            "array" => new JsonArray(),
            "object" => new JsonObject(),
            _ => null,
        };
    }
}
