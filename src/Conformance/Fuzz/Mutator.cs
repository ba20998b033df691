using System.Globalization;
using System.Text.Json.Nodes;
using Harness.Contract.Fields;

namespace Harness.Conformance.Fuzz;

/// <summary>
/// Draws random mutations of a valid body from the field table: lengths around each limit in
/// several scripts, wrong JSON types, enum spellings, time forms, unknown fields, byte damage and
/// Content-Type variants. Deterministic for a given <see cref="Random"/>.
/// </summary>
internal static class Mutator
{
    /// <summary>Marks a request sent without a Content-Type header.</summary>
    public const string NoContentType = "(none)";

    private static readonly string[] Scripts = ["a", "\u544A", "\U0001F525", " ", "a\U0001F525"];
    private static readonly string[] ContentTypes = [NoContentType, "text/plain", "application/json; charset=ISO-8859-1", "APPLICATION/JSON", "application/json"];

    public static Mutation Draw(Random random)
    {
        var field = AlarmFields.All[random.Next(AlarmFields.All.Count)];
        return random.Next(10) switch
        {
            0 => new Mutation($"{field.Name} removed", o => o.Remove(field.Name)) { Field = field.Name },
            1 => new Mutation($"{field.Name} = null", o => o[field.Name] = null) { Field = field.Name },
            2 or 3 => field.Kind switch
            {
                JsonKind.String => Text(random, field),
                JsonKind.Integer => Time(random, field),
                _ => WrongType(random, field),
            },
            4 => WrongType(random, field),
            5 => Enum(random),
            6 => Unknown(random),
            7 => Damage(random),
            8 => ContentTypeOf(random),
            _ => Text(random, AlarmFields.All.Where(f => f.HasLength).ElementAt(random.Next(AlarmFields.All.Count(f => f.HasLength)))),
        };
    }

    private static Mutation Unknown(Random random)
    {
        var name = "fuzz" + random.Next(1000).ToString(CultureInfo.InvariantCulture);
        var asObject = random.Next(2) == 0;
        return new Mutation($"an unknown field {name}", o => o[name] = asObject ? new JsonObject() : "x");
    }

    private static Mutation Text(Random random, FieldRule field)
    {
        var max = field.MaxLength;
        int[] lengths = [0, 1, max - 1, max, max + 1, max + 1 + random.Next(10), random.Next(max + 1)];
        var units = lengths[random.Next(lengths.Length)];
        var script = Scripts[random.Next(Scripts.Length)];
        var text = Fill(script, units);
        var name = script switch { "a" => "ASCII", " " => "spaces", "\u544A" => "CJK", "\U0001F525" => "emoji", _ => "mixed" };
        return new Mutation($"{field.Name} = {text.Length} UTF-16 units of {name}", o => o[field.Name] = text) { Field = field.Name };
    }

    private static string Fill(string unit, int units)
    {
        var builder = new System.Text.StringBuilder(units + 2);
        while (builder.Length + unit.Length <= units)
        {
            builder.Append(unit);
        }

        while (builder.Length < units)
        {
            builder.Append('a');
        }

        return builder.ToString();
    }

    private static Mutation Time(Random random, FieldRule field)
    {
        JsonNode?[] values =
        [
            0, -1, 1, long.MaxValue, JsonValue.Create(9223372036854775808m), "1709118444540", "17e11",
            JsonValue.Create(1.7E12), JsonValue.Create(1709118444540.5m), "", true,
        ];
        var value = values[random.Next(values.Length)];
        var text = value?.ToJsonString() ?? "null";
        return new Mutation($"{field.Name} = {text}", o => o[field.Name] = value?.DeepClone()) { Field = field.Name };
    }

    private static Mutation WrongType(Random random, FieldRule field)
    {
        JsonNode?[] values = [42, 1.5, true, false, new JsonArray(), new JsonObject { ["a"] = 1 }, "text"];
        var value = values[random.Next(values.Length)];
        var text = value?.ToJsonString() ?? "null";
        return new Mutation($"{field.Name} = {text}", o => o[field.Name] = value?.DeepClone()) { Field = field.Name };
    }

    private static Mutation Enum(Random random)
    {
        var enums = AlarmFields.All.Where(f => f.IsEnum).ToArray();
        var field = enums[random.Next(enums.Length)];
        var value = field.EnumValues[random.Next(field.EnumValues.Count)];
        var spelled = random.Next(4) switch
        {
            0 => value.ToUpperInvariant(),
            1 => value.ToLowerInvariant(),
            2 => $" {value} ",
            _ => value + "x",
        };
        return new Mutation($"{field.Name} = \"{spelled}\"", o => o[field.Name] = spelled) { Field = field.Name };
    }

    private static Mutation Damage(Random random)
    {
        var seed = random.Next();
        return random.Next(4) switch
        {
            0 => new Mutation("body truncated", Bytes: b => b.AsSpan(0, new Random(seed).Next(1, Math.Max(2, b.Length - 1))).ToArray()),
            1 => new Mutation("a 0xFF byte inside a string", Bytes: b => InsertInString(b, seed)),
            2 => new Mutation("a UTF-8 byte-order mark before the body", Bytes: b => [0xEF, 0xBB, 0xBF, .. b]),
            _ => new Mutation("trailing characters after the object", Bytes: b => [.. b, (byte)'x']),
        };
    }

    private static byte[] InsertInString(byte[] body, int seed)
    {
        // After the first quote of a value, so the JSON stays well-formed but the bytes are not UTF-8.
        var colon = Array.IndexOf(body, (byte)':', new Random(seed).Next(body.Length / 2));
        var quote = colon < 0 ? -1 : Array.IndexOf(body, (byte)'"', colon);
        return quote < 0 ? [.. body, 0xFF] : [.. body.AsSpan(0, quote + 1), 0xFF, .. body.AsSpan(quote + 1)];
    }

    private static Mutation ContentTypeOf(Random random)
    {
        var type = ContentTypes[random.Next(ContentTypes.Length)];
        return new Mutation($"Content-Type: {type}", ContentType: type);
    }
}
