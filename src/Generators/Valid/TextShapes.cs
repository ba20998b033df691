using System.Text;

namespace Harness.Generators.Valid;

/// <summary>Text of an exact length in UTF-16 code units, written in a given script.</summary>
public static class TextShapes
{
    /// <summary>
    /// Text of exactly <paramref name="units"/> UTF-16 units. Two-unit scripts fill an odd length
    /// with one ASCII letter at the end (a lone combining accent for length 1); an emoji text of
    /// length 1 cannot exist, so null is returned.
    /// </summary>
    public static string? Of(TextScript script, int units)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(units);
        return script switch
        {
            TextScript.Ascii => Repeat("abcdefghijklmnopqrstuvwxyz0123456789", units),
            TextScript.Cjk => Repeat("告警测试中文字符监控服务器", units),
            TextScript.Emoji => units == 1 ? null : Pairs("\U0001F525", units), // one code point, two UTF-16 units
            TextScript.Combining => units == 1 ? "\u0301" : Pairs("e\u0301", units),
            _ => throw new ArgumentOutOfRangeException(nameof(script), script, null),
        };
    }

    private static string Repeat(string pattern, int units)
    {
        var builder = new StringBuilder(units);
        while (builder.Length < units)
        {
            builder.Append(pattern[builder.Length % pattern.Length]);
        }

        return builder.ToString();
    }

    private static string Pairs(string unit, int units)
    {
        var builder = new StringBuilder(units);
        for (var i = 0; i < units / 2; i++)
        {
            builder.Append(unit);
        }

        if (units % 2 == 1)
        {
            builder.Append('a');
        }

        return builder.ToString();
    }
}
