using System.Text;
using Harness.Contract;
using Harness.Contract.Fields;
using Harness.Contract.Validation;
using Harness.Generators.Json;
using Harness.Generators.Valid;

namespace Harness.Generators.Broken;

/// <summary>
/// Cases about the body as a whole (DECISIONS rows 9, 10, 11, 18): not JSON, not an object,
/// not UTF-8, a byte-order mark, duplicate and unknown members, and the size limit.
/// </summary>
internal static class BodyCases
{
    public static IEnumerable<BrokenCase> All()
    {
        var json = SpecExample.Body.ToJson();
        var first = AlarmFields.All[0].Name;
        var malformed = CaseExpectation.Body(BodyProblem.MalformedJson);

        yield return Raw("body.malformed.missing-value", "a member with no value", CaseRules.Malformed, $"{{\"{first}\": }}", malformed);
        yield return Raw("body.malformed.unquoted-names", "member names without quotes", CaseRules.Malformed, $"{{{first}: \"x\"}}", malformed);
        yield return Raw("body.malformed.single-quotes", "strings in single quotes", CaseRules.Malformed, $"{{'{first}': 'x'}}", malformed);
        yield return Raw("body.malformed.trailing-comma", "a comma before the closing brace", CaseRules.Malformed, json[..^1] + ",}", malformed);
        yield return Raw("body.malformed.comment", "a comment before the object", CaseRules.Malformed, "/* alarm */" + json, malformed);
        yield return Raw("body.malformed.trailing-content", "a second object after the first", CaseRules.Malformed, json + "{}", malformed);
        yield return Raw("body.malformed.nan", "NaN as a value", CaseRules.Malformed, SpecExample.Body.With(AlarmFields.Time.Name, "NaN").ToJson(), malformed);
        yield return Raw("body.malformed.form-encoded", "a form-encoded body", CaseRules.Malformed, $"{first}=x&{AlarmFields.All[1].Name}=y", malformed);
        yield return Raw("body.truncated.half", "the spec example cut in half", CaseRules.Truncated, json[..(json.Length / 2)], malformed);
        yield return Raw("body.truncated.closing-brace", "the spec example without its closing brace", CaseRules.Truncated, json[..^1], malformed);
        yield return Raw("body.truncated.open-string", "a string left open", CaseRules.Truncated, $"{{\"{first}\":\"abc", malformed);

        yield return Raw("body.empty", "no body at all", CaseRules.EmptyBody, string.Empty, CaseExpectation.Body(BodyProblem.Empty));
        yield return Raw("body.empty.whitespace", "a body of white space", CaseRules.EmptyBody, " \r\n\t ", CaseExpectation.Body(BodyProblem.Empty));

        var notObject = CaseExpectation.Body(BodyProblem.NotAnObject);
        yield return Raw("body.not-an-object.array", "an empty JSON array", CaseRules.NotAnObject, "[]", notObject);
        yield return Raw("body.not-an-object.array-of-alarm", "the spec example inside an array", CaseRules.NotAnObject, $"[{json}]", notObject);
        yield return Raw("body.not-an-object.null", "JSON null", CaseRules.NotAnObject, "null", notObject);
        yield return Raw("body.not-an-object.string", "a JSON string", CaseRules.NotAnObject, "\"alarm\"", notObject);
        yield return Raw("body.not-an-object.number", "a JSON number", CaseRules.NotAnObject, "42", notObject);
        yield return Raw("body.not-an-object.true", "JSON true", CaseRules.NotAnObject, "true", notObject);

        byte[] bom = [0xEF, 0xBB, 0xBF];
        yield return Bytes("body.bom", "a UTF-8 byte-order mark before the spec example", CaseRules.Bom,
            [.. bom, .. SpecExample.Body.ToUtf8()], CaseExpectation.Accepted);

        foreach (var item in InvalidUtf8())
        {
            yield return item;
        }

        foreach (var item in Members())
        {
            yield return item;
        }

        foreach (var item in NestingCases.BodyLevel())
        {
            yield return item;
        }

        yield return Bytes("body.size.at-limit", $"a valid alarm of exactly {ContractLimits.DefaultMaxBodyBytes} bytes", CaseRules.Oversized,
            PaddedTo(ContractLimits.DefaultMaxBodyBytes), CaseExpectation.Accepted);
        yield return Bytes("body.size.over-limit", $"a valid alarm of {ContractLimits.DefaultMaxBodyBytes + 1} bytes, one over the limit",
            CaseRules.Oversized, PaddedTo(ContractLimits.DefaultMaxBodyBytes + 1), CaseExpectation.TooLarge);
    }

    // Bad bytes inside a string value of an otherwise valid body.
    private static IEnumerable<BrokenCase> InvalidUtf8()
    {
        var invalid = CaseExpectation.Body(BodyProblem.InvalidUtf8);
        (string Id, string Title, byte[] Bytes)[] sequences =
        [
            ("byte-ff", "a 0xFF byte", [0xFF]),
            ("overlong", "an overlong encoding of '/'", [0xC0, 0xAF]),
            ("lone-surrogate", "an encoded lone surrogate", [0xED, 0xA0, 0x80]),
            ("cut-sequence", "a three-byte sequence cut after two bytes", [0xE5, 0x91]),
            ("latin1", "Latin-1 text ('caf\\xE9')", [0x63, 0x61, 0x66, 0xE9]),
        ];
        var field = AlarmFields.All.First(f => f.Kind == JsonKind.String && f.EnumValues.Count == 0);
        var marker = "@@BAD@@";
        var text = Encoding.UTF8.GetBytes(SpecExample.Body.WithText(field.Name, "bad " + marker + " text").ToJson());
        var at = text.AsSpan().IndexOf(Encoding.UTF8.GetBytes(marker));
        foreach (var (id, title, bytes) in sequences)
        {
            byte[] body = [.. text.AsSpan(0, at), .. bytes, .. text.AsSpan(at + marker.Length)];
            yield return Bytes($"body.invalid-utf8.{id}", $"{title} inside {field.Name}", CaseRules.InvalidUtf8, body, invalid);
        }
    }

    private static IEnumerable<BrokenCase> Members()
    {
        var body = SpecExample.Body;
        var enumField = AlarmFields.All.First(f => f.IsEnum && f.Required);
        var good = JsonText.Quote(enumField.EnumValues[0]);
        var bad = JsonText.Quote("Unknown");
        yield return CaseFactory.Body("body.duplicate-key.last-valid", $"{enumField.Name} twice, an unknown value then a valid one",
            null, CaseRules.DuplicateKey, body.With(enumField.Name, bad).Append(enumField.Name, good), CaseExpectation.Accepted);
        yield return CaseFactory.Body("body.duplicate-key.last-invalid", $"{enumField.Name} twice, a valid value then an unknown one",
            null, CaseRules.DuplicateKey, body.With(enumField.Name, good).Append(enumField.Name, bad),
            CaseExpectation.Violations((enumField, ViolationRule.Enum)));

        var first = AlarmFields.All[0];
        yield return CaseFactory.Body("body.unknown-field.scalars", "two members the table does not know", null, CaseRules.UnknownField,
            body.With("severity", JsonText.Quote("P1")).With("retries", "3"), CaseExpectation.Accepted);
        yield return CaseFactory.Body("body.unknown-field.nested", "an unknown member holding objects and arrays", null, CaseRules.UnknownField,
            body.With("extra", "{\"list\":[1,2,{\"x\":null}],\"flag\":false}"), CaseExpectation.Accepted);
        yield return CaseFactory.Body("body.unknown-field.name-case", $"{first.Name} sent only under a name in another case", null,
            CaseRules.UnknownField, Rename(body, first.Name, first.Name.ToUpperInvariant()),
            first.Required ? CaseExpectation.Violations((first, ViolationRule.Missing)) : CaseExpectation.Accepted);
    }

    private static JsonBody Rename(JsonBody body, string from, string to)
    {
        var value = body.Members.First(m => m.Key == from).Value;
        return body.Without(from).With(to, value);
    }

    // A valid alarm whose additional object carries padding so the body is exactly `size` bytes.
    private static byte[] PaddedTo(int size)
    {
        var field = AlarmFields.All.First(f => f.Kind == JsonKind.Object);
        var empty = SpecExample.Body.With(field.Name, "{\"padding\":\"\"}").ToUtf8().Length;
        var padding = new string('p', size - empty);
        return SpecExample.Body.With(field.Name, $"{{\"padding\":\"{padding}\"}}").ToUtf8();
    }

    private static BrokenCase Raw(string id, string title, string rule, string text, CaseExpectation both) =>
        Bytes(id, title, rule, JsonText.Utf8(text), both);

    private static BrokenCase Bytes(string id, string title, string rule, byte[] body, CaseExpectation both) =>
        CaseFactory.Raw(id, title, null, rule, body, both, both);
}
