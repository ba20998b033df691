using Harness.Contract;
using Harness.Contract.Fields;
using Harness.Generators.Broken;
using Harness.Generators.Json;

namespace Harness.Generators.Valid;

/// <summary>
/// Valid bodies at the edges of the table (DECISIONS row 4): every free-text field at length 1,
/// max-1 and max in each <see cref="TextScript"/>, optional fields empty, every enum value, and
/// the smallest and largest <c>time</c>.
/// </summary>
internal static class BoundaryCases
{
    public static IEnumerable<ValidCase> All()
    {
        var body = SpecExample.Body;
        foreach (var field in AlarmFields.All)
        {
            IEnumerable<ValidCase> cases = field.Kind switch
            {
                JsonKind.String when field.IsEnum => EnumValues(field, body),
                JsonKind.String => Lengths(field, body),
                JsonKind.Integer => Integers(field, body),
                _ => Objects(field, body),
            };
            foreach (var item in cases)
            {
                yield return item;
            }
        }
    }

    private static IEnumerable<ValidCase> Lengths(FieldRule field, JsonBody body)
    {
        var lengths = new SortedSet<int> { Math.Max(1, field.MinLength), field.MaxLength - 1, field.MaxLength };
        foreach (var script in Enum.GetValues<TextScript>())
        {
            foreach (var length in lengths)
            {
                if (TextShapes.Of(script, length) is { } text)
                {
                    var name = script.ToString().ToLowerInvariant();
                    yield return Case($"boundary.{field.Name}.{length}.{name}", $"{field.Name} at {length} UTF-16 units of {name} text",
                        body.WithText(field.Name, text));
                }
            }
        }

        if (field.MinLength == 0)
        {
            yield return Case($"boundary.{field.Name}.0", $"{field.Name} as an empty string", body.WithText(field.Name, string.Empty));
        }
    }

    private static IEnumerable<ValidCase> EnumValues(FieldRule field, JsonBody body)
    {
        foreach (var value in field.EnumValues)
        {
            yield return Case($"boundary.{field.Name}.{value}", $"{field.Name} is {value}", body.WithText(field.Name, value));
        }

        if (field.MinLength == 0)
        {
            yield return Case($"boundary.{field.Name}.empty", $"{field.Name} as an empty string", body.WithText(field.Name, string.Empty));
        }
    }

    private static IEnumerable<ValidCase> Integers(FieldRule field, JsonBody body)
    {
        yield return Case($"boundary.{field.Name}.min", $"{field.Name} is 1", body.With(field.Name, "1"));
        yield return Case($"boundary.{field.Name}.max", $"{field.Name} is Int64.MaxValue",
            body.With(field.Name, JsonText.Number(ContractLimits.MaxTime)));
    }

    private static IEnumerable<ValidCase> Objects(FieldRule field, JsonBody body)
    {
        yield return Case($"boundary.{field.Name}.tags", $"{field.Name} with string tags",
            body.With(field.Name, "{\"env\":\"prod\",\"team\":\"sre\",\"告警\":\"\U0001F525\"}"));
        yield return Case($"boundary.{field.Name}.mixed", $"{field.Name} holding numbers, arrays and nulls",
            body.With(field.Name, "{\"count\":3,\"ratio\":0.75,\"hosts\":[\"a\",\"b\"],\"owner\":null,\"nested\":{\"ok\":true}}"));
        yield return Case($"boundary.{field.Name}.depth-limit", $"{field.Name} nested so the body is {ContractLimits.MaxDepth} levels deep",
            body.With(field.Name, NestingCases.NestedObjects(ContractLimits.MaxDepth - 1)));
    }

    private static ValidCase Case(string id, string title, JsonBody body) => new(id, title, body.ToUtf8());
}
