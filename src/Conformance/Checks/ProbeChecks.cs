using System.Text.Json.Nodes;
using Harness.Contract.Fields;
using Harness.Contract.Validation;
using Harness.Generators.Broken;

namespace Harness.Conformance.Checks;

/// <summary>
/// Probes of the open points (length counting, enum case, coercion, Content-Type), derived from
/// the field table. Each is an ordinary check judged by the validator of the active profile, and
/// together they feed the findings.
/// </summary>
internal static class ProbeChecks
{
    public const string EmojiMaxUnits = "probe.length.emoji-max-units";
    public const string EmojiOverUnits = "probe.length.emoji-over-units";
    public const string CjkOverBytes = "probe.length.cjk-over-bytes";
    public const string CjkOverCodePoints = "probe.length.cjk-over-code-points";
    public const string EnumLowercase = "probe.enum.lowercase";
    public const string CoerceTimeString = "probe.coerce.time-as-string";
    public const string CoerceTextNumber = "probe.coerce.text-as-number";
    public const string ContentTypeMissing = "probe.content-type.missing";

    private const string Emoji = "\U0001F525"; // two UTF-16 units, one code point, four bytes
    private const string Cjk = "\u544A";       // one UTF-16 unit, one code point, three bytes

    public static IEnumerable<ConformanceCheck> All(byte[] example, AlarmValidator strict, AlarmValidator lenient)
    {
        var text = AlarmFields.AlarmName;
        var max = text.MaxLength;
        var name = text.Name;
        var lengthRow = $"{text.SpecRow}; contract.md#row-4 (length in UTF-16 code units)";

        yield return Probe(EmojiMaxUnits, $"{name}: {max / 2} emoji + 1 letter = {max} UTF-16 units, {max / 2 + 1} code points, {(max / 2 * 4) + 1} bytes",
            name, "length-counting", lengthRow, o => o[name] = Repeat(Emoji, max / 2) + "a");
        yield return Probe(EmojiOverUnits, $"{name}: {(max / 2) + 1} emoji = {max + 1} UTF-16 units, {(max / 2) + 1} code points",
            name, "length-counting", lengthRow, o => o[name] = Repeat(Emoji, (max / 2) + 1));
        yield return Probe(CjkOverBytes, $"{name}: {(max / 3) + 1} CJK characters = {(max / 3) + 1} units, {((max / 3) + 1) * 3} bytes",
            name, "length-counting", lengthRow, o => o[name] = Repeat(Cjk, (max / 3) + 1));
        yield return Probe(CjkOverCodePoints, $"{name}: {max + 1} CJK characters = {max + 1} units and code points",
            name, "length-counting", lengthRow, o => o[name] = Repeat(Cjk, max + 1));

        var enumField = AlarmFields.All.First(f => f.IsEnum && f.Required);
        var lower = enumField.EnumValues[0].ToLowerInvariant();
        yield return Probe(EnumLowercase, $"{enumField.Name}: \"{lower}\" (an allowed value in the wrong case)",
            enumField.Name, CaseRules.EnumCase, $"{enumField.SpecRow}; contract.md#row-7", o => o[enumField.Name] = lower);

        var time = AlarmFields.All.First(f => f.Kind == JsonKind.Integer);
        yield return Probe(CoerceTimeString, $"{time.Name}: a numeric string instead of a number",
            time.Name, CaseRules.WrongType, $"{time.SpecRow}; contract.md#row-3", o => o[time.Name] = o[time.Name]?.ToJsonString() ?? "1");
        yield return Probe(CoerceTextNumber, $"{name}: a JSON number instead of a string",
            name, CaseRules.WrongType, $"{text.SpecRow}; contract.md#row-8", o => o[name] = 12345);

        var missingType = CheckRequest.Json(example) with { ContentType = null };
        yield return new ConformanceCheck(ContentTypeMissing, "the spec example with no Content-Type header",
            CheckGroup.Probe, CaseRules.ContentType, SpecRows.Body, null, [missingType],
            Expectation.From(strict.Validate(example, null)), Expectation.From(lenient.Validate(example, null)));

        ConformanceCheck Probe(string id, string title, string field, string rule, string row, Action<JsonObject> edit)
        {
            var request = CheckRequest.Json(JsonBodies.With(example, edit));
            return new ConformanceCheck(id, title, CheckGroup.Probe, rule, row, field, [request],
                Expectation.From(strict.Validate(request.Body, request.ContentType)),
                Expectation.From(lenient.Validate(request.Body, request.ContentType)));
        }
    }

    private static string Repeat(string unit, int count) => string.Concat(Enumerable.Repeat(unit, count));
}
