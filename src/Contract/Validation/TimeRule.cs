using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Harness.Contract.Fields;

namespace Harness.Contract.Validation;

/// <summary>The <c>time</c> field's rules: a positive Long of epoch milliseconds (DECISIONS rows 3 and 8).</summary>
internal static class TimeRule
{
    public static ViolationRule? Check(FieldRule field, in FieldSlot slot, ReadOnlySpan<byte> body, ReceiverProfile profile, out long time)
    {
        time = 0;
        switch (slot.Kind)
        {
            case SlotKind.Absent or SlotKind.Null:
                return field.Required ? ViolationRule.Missing : null;
            case SlotKind.Number:
                return ReadNumber(body.Slice(slot.Start, slot.Length), profile, out time);
            case SlotKind.String when profile.CoercesTime:
                // Jackson coerces a numeric string into a Long (row 3, lenient); anything else is a type error.
                var text = slot.Text ?? Encoding.UTF8.GetString(body.Slice(slot.Start, slot.Length));
                if (!IsIntegerText(text))
                {
                    return ViolationRule.Type;
                }

                return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out time)
                    ? InRange(time) : ViolationRule.Range;
            default:
                return ViolationRule.Type;
        }
    }

    private static ViolationRule? ReadNumber(ReadOnlySpan<byte> number, ReceiverProfile profile, out long time)
    {
        time = 0;
        if (number.IndexOfAny(".eE"u8) < 0)
        {
            return Utf8Parser.TryParse(number, out time, out var used) && used == number.Length
                ? InRange(time) : ViolationRule.Range;
        }

        if (!profile.CoercesTime)
        {
            return ViolationRule.Type;
        }

        // Lenient: exponent forms and fractions are truncated into a Long, as Jackson does.
        if (!decimal.TryParse(Encoding.ASCII.GetString(number), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return ViolationRule.Range;
        }

        value = decimal.Truncate(value);
        if (value > long.MaxValue || value < long.MinValue)
        {
            return ViolationRule.Range;
        }

        time = (long)value;
        return InRange(time);
    }

    private static ViolationRule? InRange(long time) => time >= 1 ? null : ViolationRule.Range;

    private static bool IsIntegerText(string text)
    {
        var digits = text.StartsWith('-') || text.StartsWith('+') ? text.AsSpan(1) : text.AsSpan();
        return !digits.IsEmpty && !digits.ContainsAnyExceptInRange('0', '9');
    }
}
