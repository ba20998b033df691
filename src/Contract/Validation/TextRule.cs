using System.Text;
using Harness.Contract.Fields;

namespace Harness.Contract.Validation;

/// <summary>A string field's rules: type, length in UTF-16 code units, blank, enum (DECISIONS rows 4, 7, 8, 17).</summary>
internal static class TextRule
{
    /// <summary>
    /// A string field's rules. An unescaped ASCII value is judged on its bytes unless
    /// <paramref name="keep"/> asks for its text; anything else is decoded and judged as a string.
    /// <paramref name="asciiBody"/> says the whole body is ASCII, so the value need not be checked.
    /// </summary>
    public static ViolationRule? Check(int index, FieldRule field, in FieldSlot slot, ReadOnlySpan<byte> body, ReceiverProfile profile, bool keep, bool asciiBody, out string? text)
    {
        if (slot.Kind == SlotKind.String && slot.Text is null)
        {
            var raw = body.Slice(slot.Start, slot.Length);
            if (!keep && (asciiBody || Ascii.IsValid(raw)))
            {
                text = null;
                return CheckAscii(index, field, raw, profile);
            }

            text = Encoding.UTF8.GetString(raw);
        }
        else
        {
            text = slot.Kind switch
            {
                SlotKind.String => slot.Text,
                // Jackson turns scalars into their JSON text when a String is wanted (row 8, lenient).
                SlotKind.Number when profile.CoercesScalars => Encoding.UTF8.GetString(body.Slice(slot.Start, slot.Length)),
                SlotKind.True when profile.CoercesScalars => "true",
                SlotKind.False when profile.CoercesScalars => "false",
                _ => null,
            };
        }

        if (slot.Kind is SlotKind.Absent or SlotKind.Null)
        {
            return field.Required ? ViolationRule.Missing : null;
        }

        if (text is null)
        {
            return ViolationRule.Type;
        }

        if (text.Length < field.MinLength || text.Length > field.MaxLength)
        {
            return ViolationRule.Size;
        }

        // Row 17 read the @NotBlank way: blank counts as missing.
        if (field.Required && !profile.AcceptsBlankStrings && string.IsNullOrWhiteSpace(text))
        {
            return ViolationRule.Missing;
        }

        // An optional enum may be empty (row 7): "absent/empty" means no status.
        if (field.IsEnum && text.Length > 0 && !IsAllowed(field, text, profile))
        {
            return ViolationRule.Enum;
        }

        return null;
    }

    /// <summary>The same rules, in the same order, on an unescaped ASCII value (one byte, one code unit).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static ViolationRule? CheckAscii(int index, FieldRule field, ReadOnlySpan<byte> text, ReceiverProfile profile)
    {
        if (text.Length < field.MinLength || text.Length > field.MaxLength)
        {
            return ViolationRule.Size;
        }

        if (field.Required && !profile.AcceptsBlankStrings && AsciiText.IsBlank(text))
        {
            return ViolationRule.Missing;
        }

        return text.Length > 0 && AsciiText.IsEnum(index) && !AsciiText.IsAllowed(index, text, profile.CaseInsensitiveEnums)
            ? ViolationRule.Enum : null;
    }

    private static bool IsAllowed(FieldRule field, string text, ReceiverProfile profile)
    {
        var comparison = profile.CaseInsensitiveEnums ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        foreach (var value in field.EnumValues)
        {
            if (string.Equals(value, text, comparison))
            {
                return true;
            }
        }

        return false;
    }
}
