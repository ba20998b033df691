using System.Runtime.CompilerServices;
using Harness.Contract.Fields;

namespace Harness.Contract.Validation;

/// <summary>
/// The accepting half of <see cref="AlarmValidator"/>'s judgement for the body the fake sees on
/// almost every request: all ASCII, read by <see cref="FlatBodyScanner"/>, every field as the table
/// types it. It says only "accepted" (with the summary) or "not mine"; on "not mine" the validator's
/// full pass judges the same slots and alone words every rejection. The rules themselves are
/// <see cref="TextRule"/>'s; what this saves is the full pass's per-field machinery (decoding
/// decisions, nullable results, violation lists), which cost the fake about as much as reading the body.
/// </summary>
internal static class AsciiAcceptance
{
    /// <summary>Digits in a time read here: 18 always fit a Long; longer ones go to the full pass.</summary>
    private const int MaxTimeDigits = 18;

    /// <summary>
    /// True when every slot passes its field's rules as an unescaped ASCII value (the whole body
    /// is ASCII), with the accepted body's summary; false when the full pass must judge it.
    /// </summary>
    public static bool TryAccept(ReadOnlySpan<FieldSlot> slots, ReadOnlySpan<byte> body, ReceiverProfile profile, out AlarmSummary summary)
    {
        summary = default;
        for (var i = 0; i < slots.Length; i++)
        {
            if (!Passes(i, FieldTable.Fields[i], slots[i], body, profile))
            {
                return false;
            }
        }

        var id = slots[FieldTable.IdIndex];
        var status = slots[FieldTable.StatusIndex];
        var recovery = status.Kind == SlotKind.String && AsciiText.IsOk(body.Slice(status.Start, status.Length));
        summary = new AlarmSummary(System.Text.Encoding.ASCII.GetString(body.Slice(id.Start, id.Length)), recovery);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Passes(int index, FieldRule field, in FieldSlot slot, ReadOnlySpan<byte> body, ReceiverProfile profile)
    {
        switch (slot.Kind)
        {
            case SlotKind.Absent or SlotKind.Null:
                return !field.Required;
            case SlotKind.String when field.Kind == JsonKind.String && slot.Text is null:
                return TextRule.CheckAscii(index, field, body.Slice(slot.Start, slot.Length), profile) is null;
            case SlotKind.Number when field.Kind == JsonKind.Integer:
                return IsPositiveLong(body.Slice(slot.Start, slot.Length));
            case SlotKind.Object:
                return field.Kind == JsonKind.Object;
            default:
                // Coercions, type errors, escaped text: the full pass's to judge.
                return false;
        }
    }

    /// <summary>
    /// A JSON number (the scanner checked its grammar) of plain digits, at least 1: what
    /// <see cref="TimeRule"/> accepts without coercion, read without its general parser.
    /// </summary>
    private static bool IsPositiveLong(ReadOnlySpan<byte> number)
    {
        if (number.IsEmpty || number.Length > MaxTimeDigits || number[0] is < (byte)'1' or > (byte)'9')
        {
            return false;
        }

        foreach (var digit in number)
        {
            if (!char.IsAsciiDigit((char)digit))
            {
                return false;
            }
        }

        return true;
    }
}
