using System.Text.Json.Nodes;
using Harness.Contract;
using Harness.Contract.Fields;
using Harness.Contract.Validation;
using Harness.Generators.Broken;

namespace Harness.Conformance.Checks;

/// <summary>
/// Valid bodies nested every <see cref="Step"/> levels below the fake's limit, so a receiver with a
/// shallower limit (the nesting limit is an open point, row 9) shows where it lies, and a profile
/// written from its answers records that depth rather than one guessed from the limit's two checks.
/// </summary>
internal static class NestingProbes
{
    public const string Prefix = "probe.nesting.depth-";

    /// <summary>Levels between probes: the observed limit is exact to within this many levels.</summary>
    public const int Step = 8;

    /// <summary>The shallowest probe; a receiver may refuse no body shallower than this on nesting alone.</summary>
    public const int Shallowest = 2 * Step;

    public static IEnumerable<ConformanceCheck> All(byte[] example, AlarmValidator strict, AlarmValidator lenient)
    {
        var field = AlarmFields.All.First(f => f.Kind == JsonKind.Object);
        for (var depth = Shallowest; depth < ContractLimits.MaxDepth; depth += Step)
        {
            var levels = depth - 1;
            var request = CheckRequest.Json(JsonBodies.With(example, o => o[field.Name] = Nested(levels)));
            yield return new ConformanceCheck($"{Prefix}{depth}", $"{field.Name} nested so the body is {depth} levels deep",
                CheckGroup.Probe, CaseRules.Nesting, $"{field.SpecRow}; contract.md#row-9 (nesting limit)", field.Name, [request],
                Expectation.From(strict.Validate(request.Body, request.ContentType)),
                Expectation.From(lenient.Validate(request.Body, request.ContentType)));
        }
    }

    /// <summary>The depth a nesting check's body has: a probe's from its id, the catalogue's two from theirs; null for others.</summary>
    public static int? DepthOf(string id) =>
        id.StartsWith(Prefix, StringComparison.Ordinal) && int.TryParse(id.AsSpan(Prefix.Length), System.Globalization.CultureInfo.InvariantCulture, out var depth) ? depth
        : id.EndsWith(".nesting.at-limit", StringComparison.Ordinal) ? ContractLimits.MaxDepth
        : id.EndsWith(".nesting.too-deep", StringComparison.Ordinal) && !id.StartsWith("body.", StringComparison.Ordinal) ? ContractLimits.MaxDepth + 1
        : null;

    private static JsonObject Nested(int levels)
    {
        var node = new JsonObject();
        for (var i = 1; i < levels; i++)
        {
            node = new JsonObject { ["level"] = node };
        }

        return node;
    }
}
