using System.Text.Json.Nodes;

namespace Harness.Load.Scenarios;

/// <summary>
/// A problem the schema found, and how to patch the document so the range checks can still run on
/// the rest: the value at <see cref="RepairAt"/> (a JSON pointer) becomes <see cref="Placeholder"/>,
/// or is removed when there is none. Problems at a placeholder are not reported twice.
/// </summary>
internal sealed record StructuralProblem(ScenarioProblem Problem, string RepairAt, JsonNode? Placeholder);
