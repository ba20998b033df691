using Harness.Contract;
using Harness.Contract.Fields;
using Harness.Generators.Json;
using Harness.Generators.Valid;

namespace Harness.Generators.Broken;

/// <summary>
/// Cases every field of the table gets, by its kind: missing, null, empty, whitespace-only, too
/// long in each script, and every wrong JSON type. A field added to the table gets them too.
/// </summary>
internal static class FieldCases
{
    private static readonly (string Name, string Json)[] ScalarStandIns = [("number", "12345"), ("bool", "true")];
    private static readonly (string Name, string Json)[] ContainerStandIns = [("object", "{\"value\":\"x\"}"), ("array", "[\"x\"]")];

    public static IEnumerable<BrokenCase> For(FieldRule field)
    {
        var body = SpecExample.Body;
        var name = field.Name;
        yield return CaseFactory.Body($"{name}.missing", $"{name} left out", name, CaseRules.Missing,
            body.Without(name), Outcomes.AbsentOrNull(field));
        yield return CaseFactory.Body($"{name}.null", $"{name} is JSON null", name, CaseRules.Null,
            body.With(name, "null"), Outcomes.AbsentOrNull(field));

        var cases = field.Kind switch
        {
            JsonKind.String => TextCases(field, body),
            JsonKind.Integer => NotTextCases(field, body, ["bool", "object", "array"]),
            _ => NotTextCases(field, body, ["string", "number", "bool", "array"]),
        };
        foreach (var item in cases)
        {
            yield return item;
        }
    }

    private static IEnumerable<BrokenCase> TextCases(FieldRule field, JsonBody body)
    {
        var name = field.Name;
        yield return Text(field, body, $"{name}.empty", $"{name} is an empty string", CaseRules.Empty, string.Empty);
        yield return Text(field, body, $"{name}.whitespace", $"{name} is only spaces", CaseRules.Whitespace, "   ");
        yield return Text(field, body, $"{name}.whitespace.tab-newline", $"{name} is a tab and a newline", CaseRules.Whitespace, "\t\n");

        var over = field.MaxLength + 1;
        yield return Text(field, body, $"{name}.too-long.ascii", $"{name} at {over} ASCII characters", CaseRules.TooLong,
            TextShapes.Of(TextScript.Ascii, over)!);
        yield return Text(field, body, $"{name}.too-long.multibyte", $"{name} at {over} CJK characters (3 UTF-8 bytes each)",
            CaseRules.TooLong, TextShapes.Of(TextScript.Cjk, over)!);
        // An even length, so every unit is part of an emoji: a receiver counting code points sees half.
        var emojiUnits = over % 2 == 0 ? over : over + 1;
        yield return Text(field, body, $"{name}.too-long.emoji", $"{name} at {emojiUnits / 2} emoji ({emojiUnits} UTF-16 units)",
            CaseRules.TooLong, TextShapes.Of(TextScript.Emoji, emojiUnits)!);
        yield return Text(field, body, $"{name}.too-long.combining", $"{name} at {over} UTF-16 units of letters with combining accents",
            CaseRules.TooLong, TextShapes.Of(TextScript.Combining, over)!);

        foreach (var (kind, json) in ScalarStandIns)
        {
            yield return CaseFactory.Body($"{name}.wrong-type.{kind}", $"{name} is a JSON {kind} ({json})", name,
                CaseRules.WrongType, body.With(name, json),
                Outcomes.Scalar(field, json, Profile.Strict), Outcomes.Scalar(field, json, Profile.Lenient));
        }

        foreach (var (kind, json) in ContainerStandIns)
        {
            yield return CaseFactory.Body($"{name}.wrong-type.{kind}", $"{name} is a JSON {kind}", name,
                CaseRules.WrongType, body.With(name, json), Outcomes.Type(field));
        }
    }

    // Integers and objects: any string, blank or not, is the wrong type (row 3 keeps numeric strings for TimeCases).
    private static IEnumerable<BrokenCase> NotTextCases(FieldRule field, JsonBody body, string[] wrongKinds)
    {
        var name = field.Name;
        yield return CaseFactory.Body($"{name}.empty", $"{name} is an empty string", name, CaseRules.Empty,
            body.WithText(name, string.Empty), Outcomes.Type(field));
        yield return CaseFactory.Body($"{name}.whitespace", $"{name} is a string of spaces", name, CaseRules.Whitespace,
            body.WithText(name, "   "), Outcomes.Type(field));
        foreach (var kind in wrongKinds)
        {
            var json = kind switch
            {
                "string" => "\"tags\"",
                "number" => "12345",
                "bool" => "true",
                "object" => "{\"value\":1}",
                _ => "[1]",
            };
            yield return CaseFactory.Body($"{name}.wrong-type.{kind}", $"{name} is a JSON {kind}", name,
                CaseRules.WrongType, body.With(name, json), Outcomes.Type(field));
        }
    }

    private static BrokenCase Text(FieldRule field, JsonBody body, string id, string title, string rule, string text) =>
        CaseFactory.Body(id, title, field.Name, rule, body.WithText(field.Name, text),
            Outcomes.Text(field, text, Profile.Strict), Outcomes.Text(field, text, Profile.Lenient));
}
