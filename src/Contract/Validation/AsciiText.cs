using System.Buffers;
using System.Text;
using Harness.Contract.Fields;

namespace Harness.Contract.Validation;

/// <summary>
/// The text rules judged on a string's raw UTF-8 bytes when they are all ASCII and unescaped: then
/// one byte is one UTF-16 code unit (the length rule's unit, DECISIONS row 4) and ordinal
/// comparisons on bytes equal those on strings, so an ASCII body is judged without decoding a
/// string. Anything else is decoded and judged as a string, as before.
/// </summary>
internal static class AsciiText
{
    /// <summary>The ASCII characters <see cref="char.IsWhiteSpace(char)"/> accepts.</summary>
    private static readonly SearchValues<byte> WhiteSpace = SearchValues.Create("\t\n\v\f\r "u8);

    /// <summary>Each field's allowed values as UTF-8, by the field table's index (empty for free text).</summary>
    private static readonly byte[][][] EnumBytes =
        AlarmFields.All.Select(f => f.EnumValues.Select(Encoding.UTF8.GetBytes).ToArray()).ToArray();

    /// <summary>True when <paramref name="text"/> is empty or only white space (<see cref="string.IsNullOrWhiteSpace"/> on ASCII).</summary>
    /// <remarks>Every ASCII white-space character is at most a space, so a text starting above it is not blank, without a search.</remarks>
    public static bool IsBlank(ReadOnlySpan<byte> text) => text.IsEmpty || (text[0] <= ' ' && text.IndexOfAnyExcept(WhiteSpace) < 0);

    /// <summary>True when the field at <paramref name="index"/> takes only listed values (<see cref="FieldRule.IsEnum"/>, without the interface call).</summary>
    public static bool IsEnum(int index) => EnumBytes[index].Length > 0;

    /// <summary>True when the ASCII text is one of the values of the field at <paramref name="index"/>.</summary>
    public static bool IsAllowed(int index, ReadOnlySpan<byte> text, bool ignoreCase)
    {
        foreach (var value in EnumBytes[index])
        {
            if (ignoreCase ? Ascii.EqualsIgnoreCase(value, text) : value.AsSpan().SequenceEqual(text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>ok</c> in any case: a recovery, as <see cref="Alarm.IsRecovery"/> reads it.</summary>
    public static bool IsOk(ReadOnlySpan<byte> text) => Ascii.EqualsIgnoreCase(text, "ok"u8);
}
