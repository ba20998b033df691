using System.Text;

namespace Harness.Fakes.Tests.Fuzz;

/// <summary>Seeded generator of hostile bodies: mutations of the spec example and random JSON-ish values.</summary>
internal sealed class BodyMutator(Random random)
{
    private static readonly byte[] Example = Encoding.UTF8.GetBytes(Support.SpecBody.Json);
    private static readonly string[] Fields = Contract.Fields.AlarmFields.All.Select(f => f.Name).ToArray();

    public byte[] Next() => random.Next(10) switch
    {
        0 => FlipBytes(),
        1 => Truncate(),
        2 => InsertBytes(),
        3 => Nest(),
        4 => HugeString(),
        5 => InvalidUtf8(),
        6 => Encoding.UTF8.GetBytes(RandomValue(0)),
        7 => FieldWithRandomValue(),
        8 => Truncate(InsertBytes()),
        _ => FlipBytes(FieldWithRandomValue()),
    };

    private byte[] FlipBytes(byte[]? source = null)
    {
        var body = (byte[])(source ?? Example).Clone();
        for (var i = random.Next(1, 8); i > 0 && body.Length > 0; i--)
        {
            body[random.Next(body.Length)] ^= (byte)(1 << random.Next(8));
        }

        return body;
    }

    private byte[] Truncate(byte[]? source = null)
    {
        var body = source ?? Example;
        return body[..random.Next(body.Length + 1)];
    }

    private byte[] InsertBytes()
    {
        var insert = new byte[random.Next(1, 16)];
        random.NextBytes(insert);
        var at = random.Next(Example.Length + 1);
        return [.. Example.AsSpan(0, at), .. insert, .. Example.AsSpan(at)];
    }

    private byte[] Nest()
    {
        var depth = random.Next(1, 400);
        var array = random.Next(2) == 0;
        var value = array
            ? new string('[', depth) + new string(']', depth)
            : string.Concat(Enumerable.Repeat("{\"n\":", depth)) + "1" + new string('}', depth);
        return Splice(Fields[random.Next(Fields.Length)], value);
    }

    private byte[] HugeString()
    {
        // Mostly under the 1 MiB limit (validated, 400 or 200), sometimes over it (413).
        var length = random.Next(5) == 0 ? random.Next(1_000_000, 1_200_000) : random.Next(256, 200_000);
        var text = new string((char)random.Next('a', 'z' + 1), length);
        return Splice(Fields[random.Next(Fields.Length)], Support.SpecBody.Quote(text));
    }

    private byte[] InvalidUtf8()
    {
        byte[][] bad = [[0xC3, 0x28], [0xA0, 0xA1], [0xE2, 0x28, 0xA1], [0xF0, 0x28, 0x8C, 0xBC], [0xFF], [0xED, 0xA0, 0x80], [0xC0, 0xAF]];
        var pick = bad[random.Next(bad.Length)];
        var quote = Array.IndexOf(Example, (byte)'"', random.Next(Example.Length - 1));
        var at = quote < 0 ? 0 : quote + 1;
        return [.. Example.AsSpan(0, at), .. pick, .. Example.AsSpan(at)];
    }

    private byte[] FieldWithRandomValue() => Splice(Fields[random.Next(Fields.Length)], RandomValue(0));

    /// <summary>The example with the field repeated at the end (the last one wins), its raw text as given, valid JSON or not.</summary>
    private static byte[] Splice(string field, string rawValue) =>
        Encoding.UTF8.GetBytes(Support.SpecBody.Json.TrimEnd()[..^1] + $", \"{field}\": {rawValue} }}");

    private string RandomValue(int depth) => random.Next(depth > 6 ? 6 : 9) switch
    {
        0 => "null",
        1 => random.Next(2) == 0 ? "true" : "false",
        2 => random.NextInt64(long.MinValue, long.MaxValue).ToString(System.Globalization.CultureInfo.InvariantCulture),
        3 => (random.NextDouble() * Math.Pow(10, random.Next(-5, 30))).ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        4 => Support.SpecBody.Quote(RandomText()),
        5 => "\"" + RandomText() + "\"",
        6 => "[" + string.Join(",", Enumerable.Range(0, random.Next(4)).Select(_ => RandomValue(depth + 1))) + "]",
        7 => "{" + string.Join(",", Enumerable.Range(0, random.Next(4)).Select(_ => $"{Support.SpecBody.Quote(RandomText())}:{RandomValue(depth + 1)}")) + "}",
        _ => "{" + string.Join(",", Fields.Where(_ => random.Next(3) > 0).Select(f => $"\"{f}\":{RandomValue(depth + 1)}")) + "}",
    };

    private string RandomText()
    {
        const string pool = "abcXYZ019 _-\"\\/\u00e9\u544a\u8b66\ud83d\udea8\t\n{}[]:,";
        var chars = new char[random.Next(0, 300)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = pool[random.Next(pool.Length)];
        }

        // Unpaired surrogates are possible here on purpose: they become invalid UTF-8 or escapes.
        return new string(chars);
    }
}
