using System.Text;
using System.Text.Json.Nodes;
using Harness.Contract.Fields;
using Harness.Contract.Validation;

namespace Harness.Conformance.Checks;

/// <summary>
/// Positive checks the catalogue cannot express as one body: recovery after raise, a repeated
/// <c>alarmId</c>, an orphan recovery (row 15), and unknown fields and duplicate keys (row 11).
/// Each is derived from the spec example; its expectation comes from the validator of each profile.
/// </summary>
internal static class SequenceChecks
{
    public static IEnumerable<ConformanceCheck> All(byte[] example, AlarmValidator strict, AlarmValidator lenient)
    {
        var id = AlarmFields.AlarmId.Name;
        var status = AlarmFields.AlarmStatus.Name;
        var raise = JsonBodies.With(example, o => { o[id] = "conformanceRecovery1"; o[status] = AlarmStatuses.Alarm; });
        var recover = JsonBodies.With(example, o => { o[id] = "conformanceRecovery1"; o[status] = AlarmStatuses.Ok; });
        var repeated = JsonBodies.With(example, o => o[id] = "conformanceRepeat1");
        var orphan = JsonBodies.With(example, o => { o[id] = "conformanceOrphan1"; o[status] = AlarmStatuses.Ok; });
        var unknown = JsonBodies.With(example, o =>
        {
            o["conformanceUnknownField"] = "ignored";
            o["conformanceUnknownObject"] = new JsonObject { ["nested"] = new JsonArray(1, 2, 3) };
        });

        // The first occurrence of a key holds an invalid value; the last one, which wins, a valid one.
        var text = Encoding.UTF8.GetString(example);
        var open = text.IndexOf('{', StringComparison.Ordinal);
        var duplicate = Encoding.UTF8.GetBytes(text.Insert(open + 1, $"\"{AlarmFields.AlarmLevel.Name}\":\"NotALevel\","));

        yield return Make("sequence.recovery-after-raise", "raise an alarm, then recover it (alarmStatus ok)",
            status, "recovery", SpecRows.Repeats, [raise, recover]);
        yield return Make("sequence.repeated-alarm-id", "the same alarm sent twice (no dedup is documented)",
            id, "repeat", SpecRows.Repeats, [repeated, repeated]);
        yield return Make("sequence.orphan-recovery", "recover (alarmStatus ok) an alarm never raised",
            status, "recovery", SpecRows.Repeats, [orphan]);
        yield return Make("unknown-fields.ignored", "the spec example plus unknown fields (a string and an object)",
            null, "unknown-fields", SpecRows.UnknownFields, [unknown]);
        yield return Make("unknown-fields.duplicate-key-last-wins", "alarmLevel twice: an invalid value, then a valid one",
            AlarmFields.AlarmLevel.Name, "duplicate-keys", SpecRows.UnknownFields, [duplicate]);

        ConformanceCheck Make(string checkId, string title, string? field, string rule, string row, byte[][] bodies)
        {
            var steps = bodies.Select(CheckRequest.Json).ToArray();
            return new ConformanceCheck(checkId, title, CheckGroup.Positive, rule, row, field, steps,
                Worst(strict, steps), Worst(lenient, steps));
        }
    }

    private static Expectation Worst(AlarmValidator validator, IEnumerable<CheckRequest> steps) =>
        ProfileExpectations.Worst(validator, steps);
}
