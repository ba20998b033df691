using System.Text.Json;
using System.Text.Json.Serialization;
using Harness.Reports.Thresholds;

namespace Harness.Reports.Gate;

/// <summary><c>gate.json</c>: the gate's verdict per condition and per compared metric, for scripts.</summary>
internal static class GateJson
{
    public const string FileName = "gate.json";

    public static byte[] Render(GateReport gate) => JsonSerializer.SerializeToUtf8Bytes(new GateDocument(
        gate.Run.Kind.ToString().ToLowerInvariant(),
        gate.Passed,
        [.. gate.Conditions.Select(c => new GateThreshold(c.Condition.Text.Trim(), c.Condition.Source, c.Observed, c.Value,
            c.Verdict switch { ConditionVerdict.Pass => "pass", ConditionVerdict.Fail => "fail", _ => "n/a" }, c.Note))],
        [.. gate.Regressions.Select(r => new GateRegression(r.Metric, r.Baseline, r.Run, r.Delta, r.Limit, r.Verdict.ToString().ToLowerInvariant()))],
        gate.Problems), GateJsonContext.Default.GateDocument);
}

internal sealed record GateDocument(string Kind, bool Passed, IReadOnlyList<GateThreshold> Thresholds, IReadOnlyList<GateRegression> Regressions, IReadOnlyList<string> Problems);

internal sealed record GateThreshold(
    string Expression, string Source, string Measured, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Value, string Verdict, string? Note);

internal sealed record GateRegression(string Metric, string Baseline, string Run, string Delta, string Limit, string Verdict);

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(GateDocument))]
internal sealed partial class GateJsonContext : JsonSerializerContext;
