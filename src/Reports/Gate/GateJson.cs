using System.Text.Json;
using Harness.Reports.Thresholds;

namespace Harness.Reports.Gate;

/// <summary><c>gate.json</c>: the gate's verdict per condition and per compared metric, for scripts.</summary>
internal static class GateJson
{
    public const string FileName = "gate.json";

    public static byte[] Render(GateReport gate)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("kind", gate.Run.Kind.ToString().ToLowerInvariant());
            w.WriteBoolean("passed", gate.Passed);
            w.WriteStartArray("thresholds");
            foreach (var c in gate.Conditions)
            {
                w.WriteStartObject();
                w.WriteString("expression", c.Condition.Text.Trim());
                w.WriteString("source", c.Condition.Source);
                w.WriteString("measured", c.Observed);
                if (c.Value is { } v)
                {
                    w.WriteNumber("value", v);
                }

                w.WriteString("verdict", c.Verdict switch { ConditionVerdict.Pass => "pass", ConditionVerdict.Fail => "fail", _ => "n/a" });
                w.WriteString("note", c.Note);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("regressions");
            foreach (var r in gate.Regressions)
            {
                w.WriteStartObject();
                w.WriteString("metric", r.Metric);
                w.WriteString("baseline", r.Baseline);
                w.WriteString("run", r.Run);
                w.WriteString("delta", r.Delta);
                w.WriteString("limit", r.Limit);
                w.WriteString("verdict", r.Verdict.ToString().ToLowerInvariant());
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("problems");
            foreach (var p in gate.Problems)
            {
                w.WriteStringValue(p);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
